package org.hutong.sales.invoice;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.tenancy.TenantContext;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file of an issued invoice — a scan, or the 电子发票's PDF — checked by its bytes like every
 * upload and kept per enterprise; discarded again when the issuing transaction does not commit.
 */
@Component
class InvoiceFiles {

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("invoice.file.tooMany",
			"invoice.file.tooLarge", "invoice.file.forbidden");

	private static final EnumSet<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG);

	private final FileStore store;

	private final InvoiceSettings settings;

	InvoiceFiles(InvoiceSettings settings) {
		this.store = new FileStore(settings.dir());
		this.settings = settings;
	}

	/** A file kept: its storage key, its name as uploaded and its type. */
	record Stored(String key, String name, FileType type) {
	}

	/** The file checked, ready to keep, or null with none or when refused — a form-wide error of {@code errors} then. */
	Upload check(MultipartFile file, Errors errors) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		MapBindingResult checked = new MapBindingResult(new HashMap<>(), "file");
		List<Upload> uploads = new UploadCheck("file", new UploadCheck.Limits(1, settings.maxFileSize(), ALLOWED), MESSAGES)
			.check(List.of(file), checked);
		checked.getAllErrors().forEach(error -> errors.reject(error.getCode(), error.getArguments(), null));
		return uploads.isEmpty() ? null : uploads.get(0);
	}

	/** Keeps a checked file for the current enterprise; within the caller's transaction, dropped again if it rolls back. */
	Stored keep(Upload upload) {
		String name = upload.fileName().length() > 200 ? upload.fileName().substring(0, 200) : upload.fileName();
		return new Stored(store.store(TenantContext.require(), upload.bytes()), name, upload.type());
	}

	Resource open(String key) {
		return store.open(key);
	}
}
