package org.hutong.feed.post;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A new post: its text, who sees it ({@code ENTERPRISE}, {@code DEPARTMENTS} with
 * {@code departmentIds}, or {@code PEOPLE} with {@code userIds}), the record it is about
 * ({@code customer:42}) and, from the page, up to nine images and some files.
 */
public record PostForm(@NotBlank @Size(max = PostText.MAX_LENGTH) String body, String audience,
		List<Long> departmentIds, List<Long> userIds, String subject, List<MultipartFile> images,
		List<MultipartFile> files) {

	public PostForm {
		// an empty field of a list ("departmentIds=") binds as a null element: it names nothing
		departmentIds = departmentIds == null ? List.of() : departmentIds.stream().filter(Objects::nonNull).toList();
		userIds = userIds == null ? List.of() : userIds.stream().filter(Objects::nonNull).toList();
		images = images == null ? List.of() : images.stream().filter(f -> f != null && !f.isEmpty()).toList();
		files = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
	}

	public static PostForm blank(String subject) {
		return new PostForm("", Audience.ENTERPRISE.name(), List.of(), List.of(), subject, List.of(), List.of());
	}

	/** A text-only post for the whole enterprise. */
	public static PostForm text(String body) {
		return new PostForm(body, Audience.ENTERPRISE.name(), List.of(), List.of(), null, List.of(), List.of());
	}

	Audience audienceOrDefault() {
		try {
			return audience == null || audience.isBlank() ? Audience.ENTERPRISE : Audience.valueOf(audience);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
