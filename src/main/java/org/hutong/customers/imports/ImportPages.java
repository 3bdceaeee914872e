package org.hutong.customers.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.transfer.Imports;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the import pages show besides the job itself: owners to choose, fields to map to, names. */
@Component
class ImportPages {

	private final ImportManagement imports;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	private final MessageSource messages;

	private final TransferSettings settings;

	ImportPages(ImportManagement imports, DataScopes scopes, Colleagues colleagues, MessageSource messages,
			TransferSettings settings) {
		this.imports = imports;
		this.scopes = scopes;
		this.colleagues = colleagues;
		this.messages = messages;
		this.settings = settings;
	}

	/** The owners the importer may give new customers to: themself and whoever their data scope covers. */
	void uploadModel(SignedInUser me, Model model) {
		VisibleOwners visible = scopes.of(me);
		model.addAttribute("owners", colleagues.active().stream().filter(c -> visible.includes(c.id())).toList());
		model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
		model.addAttribute("maxRows", settings.maxRows());
	}

	void jobModel(SignedInUser me, TransferJob job, Model model) {
		List<String> header = Imports.header(job);
		ImportMapping mapping = ImportMapping.parse(job.getMapping(), header.size());
		model.addAttribute("job", job);
		model.addAttribute("maxRowsShown", settings.maxRows());
		model.addAttribute("header", header);
		model.addAttribute("mapping", mapping.names());
		model.addAttribute("fields", Arrays.asList(ImportField.values()));
		model.addAttribute("ownerName", job.getOwnerId() == null ? null : colleagues.name(job.getOwnerId()).orElse(""));
		model.addAttribute("rowErrors", job.isBusy() ? List.of() : imports.errors(me, job.getId(), ImportManagement.ERRORS_SHOWN));
	}

	String text(MessageSourceResolvable error, Locale locale) {
		return messages.getMessage(error, locale);
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
