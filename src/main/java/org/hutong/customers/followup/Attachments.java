package org.hutong.customers.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hutong.files.ImageCleaning;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A follow-up's files: checked (how many, how large, what they really are), stored on disk, listed.
 * Rights are checked by the callers, through the follow-up's customer.
 */
@Component
class Attachments {

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final AttachmentSettings settings;

	private final Clock clock;

	Attachments(AttachmentRepository attachments, AttachmentStore store, AttachmentSettings settings,
			Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/** Rejects field {@code attachments} when there are too many files, one is too large or not allowed. */
	void check(List<MultipartFile> files, Errors errors) {
		if (files.size() > settings.maxFiles()) {
			errors.rejectValue("attachments", "followUp.attachments.tooMany", new Object[] { settings.maxFiles() }, null);
			return;
		}
		for (MultipartFile file : files) {
			if (file.getSize() > settings.maxFileSize().toBytes()) {
				errors.rejectValue("attachments", "followUp.attachments.tooLarge",
						new Object[] { file.getOriginalFilename(), settings.maxFileSize().toMegabytes() }, null);
				return;
			}
			if (typeOf(file).isEmpty() || cleaned(file, typeOf(file).get()).isEmpty()) {
				errors.rejectValue("attachments", "followUp.attachments.forbidden",
						new Object[] { file.getOriginalFilename() }, null);
				return;
			}
		}
	}

	/**
	 * Stores checked files for the follow-up, pictures cleaned of their metadata first (a phone
	 * photo's GPS position must not be kept); files of a transaction that rolls back are removed again.
	 */
	void attach(long tenantId, long followUpId, List<MultipartFile> files) {
		for (MultipartFile file : files) {
			AttachmentType type = typeOf(file).orElseThrow();
			byte[] bytes = cleaned(file, type).orElseThrow();
			String key = store.store(tenantId, new ByteArrayInputStream(bytes));
			discardOnRollback(key);
			attachments.save(new Attachment(followUpId, name(file), type, bytes.length, key, clock.instant()));
		}
	}

	/** The bytes to keep: a picture without its metadata, other files as sent; empty when a picture does not decode. */
	private static Optional<byte[]> cleaned(MultipartFile file, AttachmentType type) {
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
		if (type.imageFormat() == null) {
			return Optional.of(bytes);
		}
		return ImageCleaning.clean(type.imageFormat(), bytes).map(ImageCleaning.Cleaned::image);
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

	private Optional<AttachmentType> typeOf(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return AttachmentType.sniff(in.readNBytes(AttachmentType.HEAD), file.getOriginalFilename());
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
	}

	/** The name as uploaded, without any folder a browser put before it, at most 255 characters. */
	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		name = name.isEmpty() ? "file" : name;
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	private void discardOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						store.discard(key);
					}
				}
			});
		}
	}
}
