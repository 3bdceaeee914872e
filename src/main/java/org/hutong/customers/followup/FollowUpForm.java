package org.hutong.customers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the quick form and the API submit. {@code occurredAt} is the enterprise's local time and
 * defaults to now; the type is checked as text so a wrong one is a field error, not an unreadable body.
 * Attachments come with the page's multipart form only; empty file inputs are dropped.
 */
public record FollowUpForm(
		@NotBlank(message = "{followUp.type.required}") @Pattern(regexp = FollowUpType.NAMES, message = "{followUp.type.invalid}") String type,
		@NotBlank(message = "{customer.required}") @Size(max = 2000, message = "{customer.tooLong}") String content,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime occurredAt,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextFollowUpOn,
		List<Long> contactIds,
		@JsonIgnore List<MultipartFile> attachments) {

	public FollowUpForm {
		content = content == null ? null : content.strip();
		contactIds = contactIds == null ? List.of() : contactIds.stream().filter(Objects::nonNull).toList();
		attachments = attachments == null ? List.of()
				: attachments.stream().filter(file -> file != null && !file.isEmpty()).toList();
	}

	public static FollowUpForm blank() {
		return new FollowUpForm(FollowUpType.CALL.name(), null, null, null, List.of(), List.of());
	}

	/** A call with this content, now: for fixtures and the demo. */
	public static FollowUpForm call(String content, LocalDate next) {
		return new FollowUpForm(FollowUpType.CALL.name(), content, null, next, List.of(), List.of());
	}

	FollowUpType kind() {
		return FollowUpType.valueOf(type);
	}
}
