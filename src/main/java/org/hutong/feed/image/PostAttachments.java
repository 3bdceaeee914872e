package org.hutong.feed.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hutong.files.ImageCleaning;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A post's images and files: checked on upload (count, size, type by first bytes), images cleaned
 * of metadata with a thumbnail made, then stored under the enterprise's folder; listed per post.
 */
@Service
@Transactional
public class PostAttachments {

	private final FeedFileSettings settings;

	private final FeedFileStore store;

	private final PostFileRepository files;

	private final Clock clock;

	PostAttachments(FeedFileSettings settings, FeedFileStore store, PostFileRepository files, Clock clock) {
		this.settings = settings;
		this.store = store;
		this.files = files;
		this.clock = clock;
	}

	/** An upload that passed the checks, ready to store. */
	public record Upload(String fileName, FeedFileType type, byte[] bytes, byte[] thumbnail) {
	}

	/** Checks the images and files; answers what to store, with the reasons for refusal in {@code errors}. */
	public List<Upload> check(List<MultipartFile> images, List<MultipartFile> others, Errors errors) {
		List<Upload> uploads = new ArrayList<>();
		if (images.size() > settings.maxImages()) {
			errors.rejectValue("images", "post.images.tooMany", new Object[] { settings.maxImages() }, null);
		}
		if (others.size() > settings.maxFiles()) {
			errors.rejectValue("files", "post.files.tooMany", new Object[] { settings.maxFiles() }, null);
		}
		images.forEach(image -> checkImage(image, errors).ifPresent(uploads::add));
		others.forEach(file -> checkFile(file, errors).ifPresent(uploads::add));
		return uploads;
	}

	/** Stores the checked uploads for the post, images first in the order given. */
	public void store(long tenantId, long postId, List<Upload> uploads) {
		int position = 0;
		for (Upload upload : uploads) {
			String key = store.store(tenantId, upload.bytes());
			String thumb = upload.thumbnail() == null ? null : store.store(tenantId, upload.thumbnail());
			files.save(new PostFile(postId, upload.type().isImage(), upload.fileName(),
					upload.type().contentType(upload.fileName()), upload.bytes().length, key, thumb, position++,
					clock.instant()));
		}
	}

	/** The files of these posts, by post id, in their order. */
	@Transactional(readOnly = true)
	public Map<Long, List<FileView>> of(Collection<Long> postIds) {
		Map<Long, List<FileView>> byPost = new LinkedHashMap<>();
		if (!postIds.isEmpty()) {
			files.findByPostIdInOrderByPostIdAscPositionAsc(postIds)
				.forEach(f -> byPost.computeIfAbsent(f.getPostId(), k -> new ArrayList<>()).add(FileView.of(f)));
		}
		return byPost;
	}

	@Transactional(readOnly = true)
	public Optional<PostFile> find(long id) {
		return files.findById(id);
	}

	public Resource open(PostFile file, boolean thumbnail) {
		return store.open(thumbnail && file.getThumbKey() != null ? file.getThumbKey() : file.getStorageKey());
	}

	private Optional<Upload> checkImage(MultipartFile image, Errors errors) {
		byte[] bytes = read(image, settings.maxImageSize().toBytes(), "images", errors);
		if (bytes == null) {
			return Optional.empty();
		}
		Optional<FeedFileType> type = FeedFileType.sniff(head(bytes), image.getOriginalFilename()).filter(FeedFileType::isImage);
		Optional<ImageCleaning.Cleaned> cleaned = type.flatMap(t -> ImageCleaning.clean(t.imageFormat(), bytes));
		if (cleaned.isEmpty()) {
			errors.rejectValue("images", "post.images.type", new Object[] { name(image) }, null);
			return Optional.empty();
		}
		return Optional.of(new Upload(name(image), type.get(), cleaned.get().image(), cleaned.get().thumbnail()));
	}

	private Optional<Upload> checkFile(MultipartFile file, Errors errors) {
		byte[] bytes = read(file, settings.maxFileSize().toBytes(), "files", errors);
		if (bytes == null) {
			return Optional.empty();
		}
		Optional<FeedFileType> type = FeedFileType.sniff(head(bytes), file.getOriginalFilename());
		if (type.isEmpty()) {
			errors.rejectValue("files", "post.files.type", new Object[] { name(file) }, null);
			return Optional.empty();
		}
		if (type.get().isImage()) {
			return checkImage(file, errors);
		}
		return Optional.of(new Upload(name(file), type.get(), bytes, null));
	}

	private byte[] read(MultipartFile file, long max, String field, Errors errors) {
		if (file.getSize() > max) {
			errors.rejectValue(field, "post.files.tooLarge", new Object[] { name(file), max / (1024 * 1024) }, null);
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static byte[] head(byte[] bytes) {
		return Arrays.copyOf(bytes, Math.min(bytes.length, FeedFileType.HEAD));
	}

	/** The name as uploaded, without any folder part a browser may send, at most 200 characters. */
	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		name = name.isEmpty() ? "file" : name;
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
