package org.hutong.sales.attachment;

import java.util.List;
import java.util.Map;

import org.hutong.files.Upload;
import org.hutong.files.document.DocumentView;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractFolders;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 合同附件: documents of a contract, each with its versions, kept by the shared {@link Documents} under
 * subject kind {@code contract}. Whoever may work the contract uploads a document's first version or
 * its next one, in any status; whoever may open the contract reads and downloads every version. A
 * document goes again only while the contract is a draft; after that a new version is the way. Files
 * are checked by their bytes — PDF, pictures, Word and Excel — and pictures cleaned of their
 * metadata, like every upload; refusals name the field.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_READ)
public class ContractAttachments {

	/** The documents' subject kind for contracts. */
	static final String KIND = "contract";

	private static final Documents.Refusals REFUSALS = new Documents.Refusals("attachment.file.none",
			"attachment.file.tooLarge", "attachment.file.forbidden", "attachment.file.disguised");

	private final Documents documents;

	private final ContractFolders folders;

	private final Colleagues colleagues;

	ContractAttachments(Documents documents, ContractFolders folders, Colleagues colleagues) {
		this.documents = documents;
		this.folders = folders;
		this.colleagues = colleagues;
	}

	/** A new document with its first version; answers its id, or null when {@code errors} say why not (nothing is kept then). */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Long upload(SignedInUser actor, long contractId, AttachmentForm form, Errors errors) {
		folders.locked(actor, contractId);
		if (form.title() == null) {
			errors.rejectValue("title", "attachment.title.required");
		}
		Upload upload = documents.check(form.file(), "file", REFUSALS, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return documents.create(subject(contractId), form.title(), upload, form.note(), actor.userId());
	}

	/** The document's next version; answers its number, or null when {@code errors} say why not. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Integer addVersion(SignedInUser actor, long contractId, long documentId, AttachmentForm form, Errors errors) {
		folders.locked(actor, contractId);
		live(contractId, documentId);
		Upload upload = documents.check(form.file(), "file", REFUSALS, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return documents.addVersion(subject(contractId), documentId, upload, form.note(), actor.userId());
	}

	/** Deletes a document of a draft contract (its rows and files stay); anything later is refused in {@code errors}. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public void delete(SignedInUser actor, long contractId, long documentId, Errors errors) {
		ContractFolders.Folder folder = folders.locked(actor, contractId);
		live(contractId, documentId);
		if (!folder.draft()) {
			errors.reject("attachment.delete.notDraft");
			return;
		}
		documents.delete(subject(contractId), documentId, actor.userId());
	}

	@Transactional(readOnly = true)
	public AttachmentsView of(SignedInUser user, long contractId) {
		ContractFolders.Folder folder = folders.readable(user, contractId);
		List<DocumentView> stored = documents.of(subject(contractId));
		Map<Long, String> names = colleagues.names(DocumentView.people(stored));
		return new AttachmentsView(contractId, folder.mayWrite(), folder.mayWrite() && folder.draft(),
				stored.stream().map(d -> view(d, names)).toList());
	}

	/** One document as the API answers it after an upload. */
	@Transactional(readOnly = true)
	public AttachmentsView.Document one(SignedInUser user, long contractId, long documentId) {
		return of(user, contractId).documents().stream().filter(d -> d.id() == documentId).findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	/** A version's file, if the user may open the contract. */
	@Transactional(readOnly = true)
	public Documents.Download download(SignedInUser user, long contractId, long documentId, int number) {
		folders.readable(user, contractId);
		return documents.download(subject(contractId), documentId, number).orElseThrow(RecordNotFound::new);
	}

	private void live(long contractId, long documentId) {
		documents.one(subject(contractId), documentId).orElseThrow(RecordNotFound::new);
	}

	private static Subject subject(long contractId) {
		return new Subject(KIND, contractId);
	}

	private static AttachmentsView.Document view(DocumentView d, Map<Long, String> names) {
		List<AttachmentsView.Version> versions = d.versions().stream().map(v -> new AttachmentsView.Version(
				v.number(), v.fileName(), v.type().name(), v.type().contentType(), v.size(), v.inline(), v.note(),
				v.uploadedBy(), names.get(v.uploadedBy()), v.uploadedAt())).toList();
		return new AttachmentsView.Document(d.id(), d.title(), versions.get(0), List.copyOf(versions.subList(1, versions.size())),
				d.createdBy(), names.get(d.createdBy()), d.createdAt());
	}
}
