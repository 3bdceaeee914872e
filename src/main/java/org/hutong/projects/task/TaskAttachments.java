package org.hutong.projects.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.files.Upload;
import org.hutong.files.document.DocumentView;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 任务附件: files attached to a task, kept by the shared {@link Documents} under subject kind
 * {@code task}, one document of one version each (a new file is a new attachment). Whoever sees the
 * project reads and downloads them; its workers attach files, 观察者 and read shares only read; a file
 * goes again by its uploader while they still work on the project, or by whoever may change the
 * project. Files are checked by their bytes — one whose content is not what its name says is
 * refused — and pictures are cleaned of their metadata; refusals name the field.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TaskAttachments {

	/** The documents' subject kind for tasks. */
	static final String KIND = "task";

	private static final Documents.Refusals REFUSALS = new Documents.Refusals("taskAttachment.file.none",
			"taskAttachment.file.tooLarge", "taskAttachment.file.forbidden", "taskAttachment.file.disguised");

	private final TaskRepository tasks;

	private final Documents documents;

	private final ProjectWork work;

	private final Colleagues colleagues;

	TaskAttachments(TaskRepository tasks, Documents documents, ProjectWork work, Colleagues colleagues) {
		this.tasks = tasks;
		this.documents = documents;
		this.work = work;
		this.colleagues = colleagues;
	}

	/** The task's attachments, if the user sees its project. */
	@Transactional(readOnly = true)
	public TaskAttachmentsView of(SignedInUser user, long taskId) {
		Task task = tasks.findById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(user, task.getProjectId());
		List<DocumentView> stored = documents.of(subject(taskId));
		Map<Long, String> names = colleagues.names(DocumentView.people(stored));
		return new TaskAttachmentsView(taskId, grant.mayWork(),
				stored.stream().map(d -> view(d, names, mayDelete(user, grant, d))).toList());
	}

	/** One attachment as the API answers it after an upload. */
	@Transactional(readOnly = true)
	public TaskAttachmentsView.Attachment one(SignedInUser user, long taskId, long attachmentId) {
		return of(user, taskId).attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	/** How many files each of these tasks has (tasks without any left out). */
	@Transactional(readOnly = true)
	public Map<Long, Integer> counts(Collection<Long> taskIds) {
		return documents.of(KIND, taskIds).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
	}

	/**
	 * Attaches the file, the task locked first; answers the attachment's id, or null when {@code errors}
	 * say why not (nothing is kept then).
	 */
	public Long upload(SignedInUser actor, long taskId, TaskAttachmentForm form, Errors errors) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		if (!work.grant(actor, task.getProjectId()).mayWork()) {
			throw new AccessDeniedException("the project's work is read-only for this user");
		}
		Upload upload = documents.check(form.file(), "file", REFUSALS, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return documents.create(subject(taskId), upload.fileName(), upload, null, actor.userId());
	}

	/** Deletes an attachment (its row and file stay, hidden). */
	public void delete(SignedInUser actor, long taskId, long attachmentId) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(actor, task.getProjectId());
		DocumentView document = documents.one(subject(taskId), attachmentId).orElseThrow(RecordNotFound::new);
		if (!mayDelete(actor, grant, document)) {
			throw new AccessDeniedException("only its uploader or the project's leads delete an attachment");
		}
		documents.delete(subject(taskId), attachmentId, actor.userId());
	}

	/** The attachment's file, if the user sees the task's project. */
	@Transactional(readOnly = true)
	public Documents.Download download(SignedInUser user, long taskId, long attachmentId) {
		Task task = tasks.findById(taskId).orElseThrow(RecordNotFound::new);
		work.grant(user, task.getProjectId());
		return documents.download(subject(taskId), attachmentId, 1).orElseThrow(RecordNotFound::new);
	}

	private static boolean mayDelete(SignedInUser user, WorkGrant grant, DocumentView document) {
		return grant.mayLead() || grant.mayWork() && document.createdBy() == user.userId();
	}

	private static Subject subject(long taskId) {
		return new Subject(KIND, taskId);
	}

	private static TaskAttachmentsView.Attachment view(DocumentView d, Map<Long, String> names, boolean mayDelete) {
		DocumentView.Version v = d.current();
		return new TaskAttachmentsView.Attachment(d.id(), v.fileName(), v.type().name(), v.type().contentType(), v.size(),
				v.inline(), v.uploadedBy(), names.get(v.uploadedBy()), v.uploadedAt(), mayDelete);
	}
}
