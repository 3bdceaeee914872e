package org.hutong.sales.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractFolders;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.shared.Texts;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.RecordNotFound;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * 合同附件: documents of a contract, each with its versions. Whoever may work the contract uploads a
 * document's first version or its next one, in any status; whoever may open the contract reads and
 * downloads every version. A document goes again only while the contract is a draft; after that a
 * new version is the way. Files are checked by their bytes — PDF, pictures, Word and Excel — and
 * pictures cleaned of their metadata, like every upload; refusals name the field.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_READ)
public class ContractAttachments {

	static final EnumSet<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.WEBP,
			FileType.DOC, FileType.DOCX, FileType.XLS, FileType.XLSX);

	/** What a browser shows in place: PDF and pictures; Office files download. */
	static final EnumSet<FileType> INLINE = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.WEBP);

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("attachment.file.tooMany",
			"attachment.file.tooLarge", "attachment.file.forbidden");

	/** The name as uploaded, cut to its column. */
	private static final int MAX_NAME = 200;

	private final ContractDocumentRepository documents;

	private final ContractFolders folders;

	private final Colleagues colleagues;

	private final AttachmentSettings settings;

	private final FileStore store;

	private final Clock clock;

	ContractAttachments(ContractDocumentRepository documents, ContractFolders folders, Colleagues colleagues,
			AttachmentSettings settings, Clock clock) {
		this.documents = documents;
		this.folders = folders;
		this.colleagues = colleagues;
		this.settings = settings;
		this.store = new FileStore(settings.dir());
		this.clock = clock;
	}

	/** A file to send: its name as uploaded, its type and size, and its bytes. */
	public record Download(String name, FileType type, long size, Resource content) {

		public boolean inline() {
			return INLINE.contains(type);
		}
	}

	/** A new document with its first version; answers its id, or null when {@code errors} say why not (nothing is kept then). */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Long upload(SignedInUser actor, long contractId, AttachmentForm form, Errors errors) {
		folders.locked(actor, contractId);
		if (form.title() == null) {
			errors.rejectValue("title", "attachment.title.required");
		}
		Upload upload = check(form.file(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		ContractDocument document = new ContractDocument(contractId, form.title(), actor.userId(), now);
		document.add(keep(upload), form.note(), actor.userId(), now);
		return documents.save(document).getId();
	}

	/** The document's next version; answers its number, or null when {@code errors} say why not. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Integer addVersion(SignedInUser actor, long contractId, long documentId, AttachmentForm form, Errors errors) {
		folders.locked(actor, contractId);
		ContractDocument document = live(contractId, documentId);
		Upload upload = check(form.file(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		return document.add(keep(upload), form.note(), actor.userId(), now).getNumber();
	}

	/** Deletes a document of a draft contract (its rows and files stay); anything later is refused in {@code errors}. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public void delete(SignedInUser actor, long contractId, long documentId, Errors errors) {
		ContractFolders.Folder folder = folders.locked(actor, contractId);
		ContractDocument document = live(contractId, documentId);
		if (!folder.draft()) {
			errors.reject("attachment.delete.notDraft");
			return;
		}
		document.delete(actor.userId(), clock.instant());
	}

	@Transactional(readOnly = true)
	public AttachmentsView of(SignedInUser user, long contractId) {
		ContractFolders.Folder folder = folders.readable(user, contractId);
		List<ContractDocument> stored = documents.findByContractIdAndDeletedAtIsNullOrderById(contractId);
		Set<Long> people = new HashSet<>();
		stored.forEach(d -> {
			people.add(d.getCreatedBy());
			d.getVersions().forEach(v -> people.add(v.getUploadedBy()));
		});
		Map<Long, String> names = colleagues.names(people);
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
	public Download download(SignedInUser user, long contractId, long documentId, int number) {
		folders.readable(user, contractId);
		DocumentVersion version = live(contractId, documentId).getVersions().stream()
			.filter(v -> v.getNumber() == number).findFirst().orElseThrow(RecordNotFound::new);
		Resource content = store.open(version.getFileKey());
		if (!content.exists()) {
			// the row outlived its file (a store restored without it): nothing to send
			throw new RecordNotFound();
		}
		return new Download(version.getFileName(), version.getFileType(), version.getSize(), content);
	}

	private ContractDocument live(long contractId, long documentId) {
		return documents.findByIdAndContractIdAndDeletedAtIsNull(documentId, contractId).orElseThrow(RecordNotFound::new);
	}

	/** The file checked, or null — with the reason on field {@code file}. */
	private Upload check(MultipartFile file, Errors errors) {
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "attachment.file.none");
			return null;
		}
		List<Upload> uploads = new UploadCheck("file", new UploadCheck.Limits(1, settings.maxFileSize(), ALLOWED), MESSAGES)
			.check(List.of(file), errors);
		return uploads.isEmpty() ? null : uploads.get(0);
	}

	/** Kept for the current enterprise; dropped again if the transaction rolls back. */
	private ContractDocument.StoredFile keep(Upload upload) {
		String key = store.store(TenantContext.require(), upload.bytes());
		return new ContractDocument.StoredFile(key, Texts.fitted(upload.fileName(), MAX_NAME), upload.type(),
				upload.bytes().length);
	}

	private static AttachmentsView.Document view(ContractDocument d, Map<Long, String> names) {
		List<AttachmentsView.Version> versions = d.getVersions().stream().map(v -> new AttachmentsView.Version(
				v.getNumber(), v.getFileName(), v.getFileType().name(), v.getFileType().contentType(), v.getSize(),
				INLINE.contains(v.getFileType()), v.getNote(), v.getUploadedBy(), names.get(v.getUploadedBy()),
				v.getUploadedAt())).toList();
		return new AttachmentsView.Document(d.getId(), d.getTitle(), versions.get(0), List.copyOf(versions.subList(1, versions.size())),
				d.getCreatedBy(), names.get(d.getCreatedBy()), d.getCreatedAt());
	}
}
