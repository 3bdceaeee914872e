package org.hutong.sales.tender;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.RecordNotFound;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A tender's files: 招标文件, 投标文件, 开标记录, 中标通知书 … PDF, Office documents and pictures, checked
 * by their bytes like every upload; the same kind and name uploaded again is its next version, and
 * every version stays.
 */
@Service
@Transactional
public class TenderFiles {

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("tender.file.tooMany",
			"tender.file.tooLarge", "tender.file.forbidden");

	private static final EnumSet<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.DOC, FileType.XLSX,
			FileType.XLS, FileType.JPEG, FileType.PNG);

	private final TenderDocumentRepository documents;

	private final TenderAccess access;

	private final FileStore store;

	private final TenderSettings settings;

	private final Clock clock;

	TenderFiles(TenderDocumentRepository documents, TenderAccess access, TenderSettings settings, Clock clock) {
		this.documents = documents;
		this.access = access;
		this.store = new FileStore(settings.dir());
		this.settings = settings;
		this.clock = clock;
	}

	/** A file was one the kind; refusals go on field {@code file}. Answers the new document's id, or null. */
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	public Long upload(SignedInUser actor, long tenderId, DocumentKind kind, MultipartFile file, Errors errors) {
		Tender tender = access.writable(actor, tenderId);
		if (kind == null) {
			errors.rejectValue("file", "tender.file.kind");
			return null;
		}
		UploadCheck check = new UploadCheck("file", new UploadCheck.Limits(1, settings.maxFileSize(), ALLOWED), MESSAGES);
		List<Upload> uploads = check.check(file == null || file.isEmpty() ? List.of() : List.of(file), errors);
		if (errors.hasErrors()) {
			return null;
		}
		if (uploads.isEmpty()) {
			errors.rejectValue("file", "tender.file.none");
			return null;
		}
		Upload upload = uploads.get(0);
		String name = upload.fileName().length() > 200 ? upload.fileName().substring(0, 200) : upload.fileName();
		int revision = documents.findFirstByTenderIdAndKindAndNameOrderByRevisionDesc(tender.getId(), kind, name)
			.map(previous -> previous.getRevision() + 1).orElse(1);
		Instant now = clock.instant();
		String key = store.store(TenantContext.require(), upload.bytes());
		tender.touch(now);
		return documents.save(new TenderDocument(tender.getId(), kind, name, revision, key, upload.type(),
				upload.bytes().length, actor.userId(), now)).getId();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(TenderPermissions.MAY_READ)
	public List<TenderDocument> of(SignedInUser user, long tenderId) {
		access.readable(user, tenderId);
		return documents.findByTenderIdOrderByKindAscNameAscRevisionDesc(tenderId);
	}

	/** A file to download, if the user may see its tender. */
	@Transactional(readOnly = true)
	@PreAuthorize(TenderPermissions.MAY_READ)
	public Download download(SignedInUser user, long tenderId, long documentId) {
		access.readable(user, tenderId);
		TenderDocument document = documents.findByIdAndTenderId(documentId, tenderId).orElseThrow(RecordNotFound::new);
		return new Download(document.getName(), document.getFileType(), store.open(document.getFileKey()));
	}

	public record Download(String name, FileType type, Resource content) {
	}
}
