package org.hutong.customers.followup;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A follow-up's files: checked and kept the way every module keeps uploads (ADR 0034), listed.
 * Follow-ups take every type the files module knows, GIF included. Rights are checked by the
 * callers, through the follow-up's customer.
 */
@Component
class Attachments {

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("followUp.attachments.tooMany",
			"followUp.attachments.tooLarge", "followUp.attachments.forbidden");

	private final AttachmentRepository attachments;

	private final FileStore store;

	private final UploadCheck check;

	private final Clock clock;

	Attachments(AttachmentRepository attachments, AttachmentSettings settings, Clock clock) {
		this.attachments = attachments;
		this.store = new FileStore(settings.dir());
		this.check = new UploadCheck("attachments", new UploadCheck.Limits(settings.maxFiles(), settings.maxFileSize(),
				EnumSet.allOf(FileType.class)), MESSAGES);
		this.clock = clock;
	}

	/**
	 * Rejects field {@code attachments} when there are too many files, or for each one too large or
	 * not allowed; answers the files to attach, pictures already cleaned of their metadata (a phone
	 * photo's GPS position must not be kept).
	 */
	List<Upload> check(List<MultipartFile> files, Errors errors) {
		return check.check(files, errors);
	}

	/** Stores checked files for the follow-up; files of a transaction that rolls back are removed again. */
	void attach(long tenantId, long followUpId, List<Upload> uploads) {
		for (Upload upload : uploads) {
			String key = store.store(tenantId, upload.bytes());
			attachments.save(new Attachment(followUpId, upload.fileName(), upload.type(), upload.bytes().length, key,
					clock.instant()));
		}
	}

	Map<Long, List<AttachmentView>> of(Collection<Long> followUpIds) {
		if (followUpIds.isEmpty()) {
			return Map.of();
		}
		return attachments.findByFollowUpIdInOrderByIdAsc(followUpIds).stream()
			.collect(Collectors.groupingBy(Attachment::getFollowUpId,
					Collectors.mapping(AttachmentView::of, Collectors.toList())));
	}

	Optional<Attachment> find(long id) {
		return attachments.findById(id);
	}

	Resource open(Attachment attachment) {
		return store.open(attachment.getStorageKey());
	}
}
