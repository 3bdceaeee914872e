package org.hutong.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.Texts;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * 导入, step one, for any subject: the file must be an .xlsx or .csv within the size and row limits
 * that reads as a table. Then it is kept and a job made, its columns mapped by the headers' names as
 * a suggestion. Anything wrong is an error on the form's {@code file} field and nothing is kept.
 * Checks no permission: each module's facade in front of it does.
 */
@Service
@Transactional
public class TransferUploads {

	private final TransferJobRepository jobs;

	private final TransferFiles files;

	private final TransferSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	TransferUploads(TransferJobRepository jobs, TransferFiles files, TransferSettings settings, MessageSource messages,
			Clock clock) {
		this.jobs = jobs;
		this.files = files;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** Answers the new job's id, or {@code null} when {@code errors} says why not; new records go to {@code ownerId}. */
	public <F extends Enum<F> & ImportColumn> Long upload(SignedInUser me, ImportSubject<F> subject,
			MultipartFile file, Long ownerId, Locale locale, Errors errors) {
		ImportTable table = read(file, errors);
		if (table == null || errors.hasErrors()) {
			return null;
		}
		String header = String.join("\t", table.header());
		if (table.header().size() > subject.maxColumns() || !Texts.fits(header, TransferJob.HEADER_LENGTH)) {
			errors.rejectValue("file", "import.file.tooWide",
					new Object[] { subject.maxColumns(), TransferJob.HEADER_LENGTH }, null);
			return null;
		}
		List<F> suggested = ColumnMapping.suggest(subject.fields(), table.header(), field -> labels(subject, field));
		TransferJob job = new TransferJob(subject.name(), TransferKind.IMPORT, TransferStatus.UPLOADED, me.userId(),
				me.getUsername(), locale.toLanguageTag(), clock.instant());
		// a kept upload belongs to its job: if the job is not saved, the store drops the file too
		String key = files.store(TenantContext.require(), bytes(file));
		job.source(name(file), key, header, new ColumnMapping<>(suggested).text(), table.rows().size(), ownerId);
		return jobs.save(job).getId();
	}

	private ImportTable read(MultipartFile file, Errors errors) {
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "import.file.required");
			return null;
		}
		if (file.getSize() > settings.maxFileSize().toBytes()) {
			errors.rejectValue("file", "import.file.tooLarge", new Object[] { settings.maxFileSize().toMegabytes() }, null);
			return null;
		}
		try {
			return ImportSheets.read(bytes(file), name(file), settings.maxRows());
		}
		catch (UnreadableFile unreadable) {
			errors.rejectValue("file", unreadable.reason(), unreadable.arguments(), null);
			return null;
		}
	}

	private Set<String> labels(ImportSubject<?> subject, Enum<?> field) {
		String key = subject.labelKey(field);
		return Set.copyOf(List.of(messages.getMessage(key, null, key, Locale.CHINA),
				messages.getMessage(key, null, key, Locale.ENGLISH)));
	}

	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		name = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
