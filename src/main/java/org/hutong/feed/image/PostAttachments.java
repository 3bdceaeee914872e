package org.hutong.feed.image;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A post's images and files: checked and kept the way every module keeps uploads (ADR 0034), with
 * a thumbnail stored beside each wide image; listed per post. Images are JPEG, PNG or WebP; files
 * are PDF, Office or text, or one of those images (cleaned the same way). The feed takes no GIF.
 */
@Service
@Transactional
public class PostAttachments {

	private static final UploadCheck.Messages IMAGE_MESSAGES = new UploadCheck.Messages("post.images.tooMany",
			"post.files.tooLarge", "post.images.type");

	private static final UploadCheck.Messages FILE_MESSAGES = new UploadCheck.Messages("post.files.tooMany",
			"post.files.tooLarge", "post.files.type");

	private final FileStore store;

	private final UploadCheck images;

	private final UploadCheck others;

	private final PostFileRepository files;

	private final Clock clock;

	PostAttachments(FeedFileSettings settings, PostFileRepository files, Clock clock) {
		this.store = new FileStore(settings.dir());
		this.images = new UploadCheck("images", new UploadCheck.Limits(settings.maxImages(), settings.maxImageSize(),
				EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP)), IMAGE_MESSAGES);
		this.others = new UploadCheck("files", new UploadCheck.Limits(settings.maxFiles(), settings.maxFileSize(),
				EnumSet.complementOf(EnumSet.of(FileType.GIF))), FILE_MESSAGES);
		this.files = files;
		this.clock = clock;
	}

	/** Checks the images and files; answers what to store, images first, with the reasons for refusal in {@code errors}. */
	public List<Upload> check(List<MultipartFile> images, List<MultipartFile> others, Errors errors) {
		List<Upload> uploads = new ArrayList<>(this.images.check(images, errors));
		uploads.addAll(this.others.check(others, errors));
		return uploads;
	}

	/** Stores the checked uploads for the post in the order given; files of a transaction that rolls back are removed again. */
	public void store(long tenantId, long postId, List<Upload> uploads) {
		int position = 0;
		for (Upload upload : uploads) {
			String key = store.store(tenantId, upload.bytes());
			String thumb = upload.thumbnail() == null ? null : store.store(tenantId, upload.thumbnail());
			files.save(new PostFile(postId, upload.type().isImage(), upload.fileName(), upload.type().contentType(),
					upload.bytes().length, key, thumb, position++, clock.instant()));
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
}
