package org.hutong.approvals.file;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.tenancy.TenantContext;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of approval forms: checked and kept on upload (pictures cleaned of their metadata, with
 * a thumbnail), then claimed by the request they are submitted with. A request may only take files
 * its submitter uploaded and no other request has, so nobody attaches a colleague's file by its id.
 */
@Service
@Transactional
public class ApprovalFiles {

	/** Photos of receipts, scans and office documents; no archives, no executables. */
	static final Set<FileType> ALLOWED = EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP, FileType.PDF,
			FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.DOC, FileType.XLS, FileType.PPT, FileType.TXT);

	private final ApprovalFileRepository files;

	private final FileStore store;

	private final UploadCheck check;

	private final Clock clock;

	ApprovalFiles(ApprovalFileRepository files, ApprovalFileSettings settings, Clock clock) {
		this.files = files;
		this.store = new FileStore(settings.dir());
		this.check = new UploadCheck("files", new UploadCheck.Limits(settings.maxFiles(), settings.maxFileSize(), ALLOWED),
				new UploadCheck.Messages("approvals.files.tooMany", "approvals.files.tooLarge", "approvals.files.forbidden"));
		this.clock = clock;
	}

	/** Checks and keeps the uploads of one person; refusals go to field {@code files} of {@code errors}. */
	public List<ApprovalFile> upload(long uploaderId, List<MultipartFile> sent, Errors errors) {
		List<Upload> uploads = check.check(sent, errors);
		if (errors.hasErrors()) {
			return List.of();
		}
		long tenant = TenantContext.require();
		List<ApprovalFile> kept = new ArrayList<>();
		for (Upload upload : uploads) {
			String key = store.store(tenant, upload.bytes());
			String thumbnail = upload.thumbnail() == null ? null : store.store(tenant, upload.thumbnail());
			kept.add(files.save(new ApprovalFile(uploaderId, upload.fileName(), upload.type(), upload.bytes().length, key,
					thumbnail, clock.instant())));
		}
		return kept;
	}

	/**
	 * Claims for the request the files its values name, and answers the values with each file's name
	 * as uploaded; a file the submitter did not upload, or another request has, is {@link NotYourFile}.
	 */
	public Map<String, Object> claim(long requestId, long submitterId, Map<String, Object> values) {
		List<Long> ids = AttachedIds.in(values);
		if (ids.isEmpty()) {
			return values;
		}
		Map<Long, ApprovalFile> found = files.findByIdIn(ids).stream()
			.collect(Collectors.toMap(ApprovalFile::getId, Function.identity()));
		for (Long id : ids) {
			ApprovalFile file = found.get(id);
			if (file == null || !file.claimableBy(submitterId, requestId)) {
				throw new NotYourFile(id);
			}
			file.claim(requestId);
		}
		return AttachedIds.named(values, id -> found.get(id).getName());
	}

	/**
	 * Attaches to a decision (its history row) the files and the signature its approver uploaded
	 * for it; one they did not upload, or that something has already, is {@link NotYourFile}.
	 */
	public void attachToDecision(long requestId, long approverId, long actionId, List<Long> attached, Long signature) {
		List<Long> ids = new ArrayList<>(attached);
		if (signature != null) {
			ids.add(signature);
		}
		Map<Long, ApprovalFile> found = files.findByIdIn(ids).stream()
			.collect(Collectors.toMap(ApprovalFile::getId, Function.identity()));
		for (Long id : ids) {
			ApprovalFile file = found.get(id);
			if (file == null || !file.attachableBy(approverId)) {
				throw new NotYourFile(id);
			}
			file.attachTo(requestId, actionId, id.equals(signature));
		}
	}

	/** A request's decision files, by the history row they belong to. */
	@Transactional(readOnly = true)
	public Map<Long, List<ApprovalFile>> ofDecisions(long requestId) {
		return files.findByRequestIdAndActionIdNotNullOrderByIdAsc(requestId).stream()
			.collect(Collectors.groupingBy(ApprovalFile::getActionId, LinkedHashMap::new, Collectors.toList()));
	}

	@Transactional(readOnly = true)
	public Optional<ApprovalFile> find(long id) {
		return files.findById(id);
	}

	/** Files by id, for showing the ones a request holds. */
	@Transactional(readOnly = true)
	public Map<Long, ApprovalFile> byId(List<Long> ids) {
		return ids.isEmpty() ? Map.of() : files.findByIdIn(ids).stream()
			.collect(Collectors.toMap(ApprovalFile::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	public Resource open(ApprovalFile file, boolean thumbnail) {
		return store.open(thumbnail && file.getThumbnailKey() != null ? file.getThumbnailKey() : file.getStorageKey());
	}
}
