package org.hutong.projects.task;

import org.springframework.web.multipart.MultipartFile;

/** A file attached to a task: a photo from the phone, a test report, a drawing. */
public record TaskAttachmentForm(MultipartFile file) {
}
