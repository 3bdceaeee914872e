package org.hutong.files.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.shared.Texts;
import org.hutong.tenancy.TenantContext;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents with versions for any subject, in the current enterprise. It checks files by their
 * bytes — PDF, pictures, Word and Excel, up to {@link DocumentSettings#maxFileSize()} — cleans
 * pictures of their metadata like every upload, and keeps them in its own store; refusals go to the
 * caller's field with the caller's message keys. It checks no permission: the owning module looks
 * up its record (and refuses what the user may not see or change) before it calls.
 */
@Service
@Transactional
public class Documents {

	/** What a document's versions may be. */
	public static final Set<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.WEBP,
			FileType.DOC, FileType.DOCX, FileType.XLS, FileType.XLSX);

	/** What a browser shows in place: PDF and pictures; Office files download. */
	static final Set<FileType> INLINE = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.WEBP);

	/**
	 * What a page's file field offers to pick ({@code accept}): the allowed types by extension and
	 * kind, so a phone offers its camera and gallery as well as its files.
	 */
	public static final String ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,application/pdf,image/*";

	public static final int MAX_TITLE = 100;

	public static final int MAX_NOTE = 200;

	/** The name as uploaded, cut to its column. */
	private static final int MAX_NAME = 200;

	/**
	 * The caller's message keys for a refused file: none sent, too large (the name and the most
	 * megabytes), not an allowed type (the name), and disguised — its bytes another type than its
	 * name's extension says (the name and the type its bytes are).
	 */
	public record Refusals(String none, String tooLarge, String forbidden, String disguised) {
	}

	/** The type each extension promises. */
	private static final Map<String, FileType> EXTENSIONS = Map.of("pdf", FileType.PDF, "jpg", FileType.JPEG, "jpeg",
			FileType.JPEG, "png", FileType.PNG, "webp", FileType.WEBP, "doc", FileType.DOC, "docx", FileType.DOCX, "xls",
			FileType.XLS, "xlsx", FileType.XLSX);

	/** A file to send: its name as uploaded, its type and size, and its bytes. */
	public record Download(String name, FileType type, long size, Resource content) {

		public boolean inline() {
			return INLINE.contains(type);
		}

		/**
		 * The file as a response: served as the type recognised on upload, never sniffed; inline (PDF,
		 * pictures) or as a download, its name RFC 5987-encoded.
		 */
		public ResponseEntity<Resource> response() {
			ContentDisposition disposition = (inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(name, StandardCharsets.UTF_8)
				.build();
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(type.contentType()))
				.contentLength(size)
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noCache().cachePrivate())
				.body(content);
		}
	}

	private final DocumentRepository documents;

	private final DocumentSettings settings;

	private final FileStore store;

	private final Clock clock;

	Documents(DocumentRepository documents, DocumentSettings settings, Clock clock) {
		this.documents = documents;
		this.settings = settings;
		this.store = new FileStore(settings.dir());
		this.clock = clock;
	}

	/**
	 * Checks a file as a version would take it, without keeping it: the reason goes to {@code field}.
	 * Answers the upload that passed, or null. A file whose bytes are another type than its name's
	 * extension says ({@code 报告.pdf} that is a picture, a program renamed) is refused, as disguised.
	 */
	public Upload check(MultipartFile file, String field, Refusals refusals, Errors errors) {
		if (file == null || file.isEmpty()) {
			errors.rejectValue(field, refusals.none());
			return null;
		}
		List<Upload> uploads = new UploadCheck(field, new UploadCheck.Limits(1, settings.maxFileSize(), ALLOWED),
				new UploadCheck.Messages(refusals.forbidden(), refusals.tooLarge(), refusals.forbidden()))
			.check(List.of(file), errors);
		if (uploads.isEmpty()) {
			return null;
		}
		Upload upload = uploads.get(0);
		FileType promised = EXTENSIONS.get(extension(upload.fileName()));
		if (promised != null && promised != upload.type()) {
			errors.rejectValue(field, refusals.disguised(), new Object[] { upload.fileName(), upload.type().name() }, null);
			return null;
		}
		return upload;
	}

	/** The name's extension in lower case, or "" without one. */
	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	/** A new document of the subject with the checked file as its version 1; answers its id. */
	public long create(Subject subject, String title, Upload upload, String note, long author) {
		Instant now = clock.instant();
		Document document = new Document(subject, Texts.fitted(title, MAX_TITLE), author, now);
		document.add(keep(upload), Texts.fitted(note, MAX_NOTE), author, now);
		return documents.save(document).getId();
	}

	/** The document's next version from the checked file; answers its number. */
	public int addVersion(Subject subject, long documentId, Upload upload, String note, long author) {
		Document document = live(subject, documentId).orElseThrow(NoSuchDocument::new);
		return document.add(keep(upload), Texts.fitted(note, MAX_NOTE), author, clock.instant()).getNumber();
	}

	/** Hides the document (its rows and files stay). */
	public void delete(Subject subject, long documentId, long by) {
		live(subject, documentId).orElseThrow(NoSuchDocument::new).delete(by, clock.instant());
	}

	/** The subject's live documents in the order they were first uploaded. */
	@Transactional(readOnly = true)
	public List<DocumentView> of(Subject subject) {
		return of(subject.kind(), List.of(subject.id())).getOrDefault(subject.id(), List.of());
	}

	/** The live documents of several subjects of one kind, by subject id (subjects without any left out). */
	@Transactional(readOnly = true)
	public Map<Long, List<DocumentView>> of(String kind, Collection<Long> subjectIds) {
		Map<Long, List<DocumentView>> bySubject = new LinkedHashMap<>();
		if (subjectIds.isEmpty()) {
			return bySubject;
		}
		for (Document d : documents.findBySubjectKindAndSubjectIdInAndDeletedAtIsNullOrderById(kind, Set.copyOf(subjectIds))) {
			bySubject.computeIfAbsent(d.subject().id(), id -> new java.util.ArrayList<>()).add(view(d));
		}
		return bySubject;
	}

	@Transactional(readOnly = true)
	public Optional<DocumentView> one(Subject subject, long documentId) {
		return live(subject, documentId).map(Documents::view);
	}

	/** A version's file; empty when there is no such live document or version, or its file is gone. */
	@Transactional(readOnly = true)
	public Optional<Download> download(Subject subject, long documentId, int number) {
		return live(subject, documentId)
			.flatMap(d -> d.getVersions().stream().filter(v -> v.getNumber() == number).findFirst())
			.flatMap(version -> {
				Resource content = store.open(version.getFileKey());
				// a row may outlive its file (a store restored without it): nothing to send then
				return content.exists()
						? Optional.of(new Download(version.getFileName(), version.getFileType(), version.getSize(), content))
						: Optional.empty();
			});
	}

	/** Thrown for a document that is not the subject's or is deleted; owners check first and answer 404. */
	public static class NoSuchDocument extends RuntimeException {

		NoSuchDocument() {
			super("no such document of the subject");
		}
	}

	private Optional<Document> live(Subject subject, long documentId) {
		return documents.findByIdAndSubjectKindAndSubjectIdAndDeletedAtIsNull(documentId, subject.kind(), subject.id());
	}

	/** Kept for the current enterprise; dropped again if the transaction rolls back. */
	private Document.StoredFile keep(Upload upload) {
		String key = store.store(TenantContext.require(), upload.bytes());
		return new Document.StoredFile(key, Texts.fitted(upload.fileName(), MAX_NAME), upload.type(), upload.bytes().length);
	}

	private static DocumentView view(Document d) {
		return new DocumentView(d.getId(), d.subject(), d.getTitle(), d.getCreatedBy(), d.getCreatedAt(),
				d.getVersions().stream().map(v -> new DocumentView.Version(v.getNumber(), v.getFileName(), v.getFileType(),
						v.getSize(), v.getNote(), v.getUploadedBy(), v.getUploadedAt())).toList());
	}
}
