package org.hutong.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks the files of one form field: how many, how large, and what they really are (by their
 * first bytes). Pictures are cleaned here, so one that does not decode is refused like a forbidden
 * type, and what passes is ready to store. Refusals are field errors with the caller's message keys.
 *
 * @param field the form field the files came in and the errors go to
 */
public record UploadCheck(String field, Limits limits, Messages messages) {

	/** Names never get longer than their column. */
	static final int MAX_NAME = 255;

	/**
	 * What the field may carry; each module keeps these in its own settings.
	 *
	 * @param allowed the types the field takes; anything else is refused
	 */
	public record Limits(int maxFiles, DataSize maxFileSize, Set<FileType> allowed) {
	}

	/**
	 * The caller's message keys: {@code tooMany} gets the most files allowed, {@code tooLarge} the
	 * file's name and the most megabytes, {@code forbidden} the file's name.
	 */
	public record Messages(String tooMany, String tooLarge, String forbidden) {
	}

	/**
	 * The files that pass, in the order given. Too many files is the one refusal then (nothing is
	 * read); otherwise each file refused gets its own error, so the user sees all of them at once.
	 */
	public List<Upload> check(List<MultipartFile> files, Errors errors) {
		if (files.size() > limits.maxFiles()) {
			errors.rejectValue(field, messages.tooMany(), new Object[] { limits.maxFiles() }, null);
			return List.of();
		}
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.getSize() > limits.maxFileSize().toBytes()) {
				errors.rejectValue(field, messages.tooLarge(),
						new Object[] { name(file), limits.maxFileSize().toMegabytes() }, null);
				continue;
			}
			Optional<Upload> upload = upload(file);
			if (upload.isEmpty()) {
				errors.rejectValue(field, messages.forbidden(), new Object[] { name(file) }, null);
			}
			upload.ifPresent(uploads::add);
		}
		return uploads;
	}

	/** The file as it will be kept; empty when it is not an allowed type or a picture does not decode. */
	private Optional<Upload> upload(MultipartFile file) {
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
		byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, FileType.HEAD));
		Optional<FileType> type = FileType.sniff(head, file.getOriginalFilename()).filter(limits.allowed()::contains);
		if (type.isEmpty() || type.get().imageFormat() == null) {
			return type.map(t -> new Upload(name(file), t, bytes, null));
		}
		return ImageCleaning.clean(type.get().imageFormat(), bytes)
			.map(cleaned -> new Upload(name(file), type.get(), cleaned.image(), cleaned.thumbnail()));
	}

	/** The name as uploaded, without any folder a browser put before it, at most {@link #MAX_NAME} characters. */
	static String name(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		name = name.isEmpty() ? "file" : name;
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}
}
