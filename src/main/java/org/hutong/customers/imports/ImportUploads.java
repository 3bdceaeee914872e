package org.hutong.customers.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.Texts;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 导入, step one: the upload. The file must be an .xlsx or .csv within the size and row limits that
 * reads as a table; the owner of new customers must be the importer or someone in their data scope.
 * Then the file is kept and a job made, its columns mapped by the headers' names as a suggestion.
 * Anything wrong is a field error and nothing is kept.
 */
@Service
@Transactional
public class ImportUploads {

	public static final String MAY_IMPORT = "hasAuthority('customers.import')";

	/**
	 * The widest file: so many columns that even with every one mapped to the longest field name the
	 * mapping fits its column. Far more than any customer list has.
	 */
	static final int MAX_COLUMNS = TransferJob.MAPPING_LENGTH / (longestFieldName() + 1);

	private final TransferJobRepository jobs;

	private final TransferFiles files;

	private final ImportSettings settings;

	private final Rights rights;

	private final Clock clock;

	ImportUploads(TransferJobRepository jobs, TransferFiles files, ImportSettings settings, Rights rights, Clock clock) {
		this.jobs = jobs;
		this.files = files;
		this.settings = settings;
		this.rights = rights;
		this.clock = clock;
	}

	/** Who may own what, and the labels the suggestion compares headers with. */
	@Component
	record Rights(DataScopes scopes, Colleagues colleagues, MessageSource messages) {
	}

	/** Answers the new job's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(MAY_IMPORT)
	public Long upload(SignedInUser me, ImportForm form, Locale locale, Errors errors) {
		Long ownerId = form.toPool() ? null : form.ownerId() == null ? me.userId() : form.ownerId();
		if (ownerId != null && (!rights.scopes().of(me).includes(ownerId) || !rights.colleagues().isActive(ownerId))) {
			errors.rejectValue("ownerId", "import.owner.invalid");
		}
		ImportTable table = read(form, errors);
		if (table == null || errors.hasErrors()) {
			return null;
		}
		String header = String.join("\t", table.header());
		if (table.header().size() > MAX_COLUMNS || !Texts.fits(header, TransferJob.HEADER_LENGTH)) {
			errors.rejectValue("file", "import.file.tooWide", new Object[] { MAX_COLUMNS, TransferJob.HEADER_LENGTH }, null);
			return null;
		}
		ImportMapping suggested = ImportMapping.suggest(table.header(), this::labels);
		TransferJob job = new TransferJob(TransferKind.IMPORT, TransferStatus.UPLOADED, me.userId(), me.getUsername(),
				locale.toLanguageTag(), clock.instant());
		// a kept upload belongs to its job: if the job is not saved, the store drops the file too
		String key = files.store(TenantContext.require(), bytes(form));
		job.source(name(form), key, header, suggested.text(), table.rows().size(), ownerId);
		return jobs.save(job).getId();
	}

	private ImportTable read(ImportForm form, Errors errors) {
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "import.file.required");
			return null;
		}
		if (form.file().getSize() > settings.maxFileSize().toBytes()) {
			errors.rejectValue("file", "import.file.tooLarge", new Object[] { settings.maxFileSize().toMegabytes() }, null);
			return null;
		}
		try {
			return ImportSheets.read(bytes(form), name(form), settings.maxRows());
		}
		catch (UnreadableFile unreadable) {
			errors.rejectValue("file", unreadable.reason(), unreadable.arguments(), null);
			return null;
		}
	}

	private Set<String> labels(ImportField field) {
		String key = "import.field." + field.name();
		return Set.copyOf(List.of(rights.messages().getMessage(key, null, key, Locale.CHINA),
				rights.messages().getMessage(key, null, key, Locale.ENGLISH)));
	}

	private static int longestFieldName() {
		return Arrays.stream(ImportField.values()).mapToInt(field -> field.name().length()).max().orElse(1);
	}

	private static String name(ImportForm form) {
		String name = form.file().getOriginalFilename();
		name = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static byte[] bytes(ImportForm form) {
		try {
			return form.file().getBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
