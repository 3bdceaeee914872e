package org.hutong.customers.imports;

import java.util.Locale;

import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.transfer.TransferUploads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 导入 of customers, step one: the upload (read and kept by {@link TransferUploads}), and where new
 * customers go: the owner must be the importer or someone in their data scope, or the public pool.
 * Anything wrong is a field error and nothing is kept.
 */
@Service
@Transactional
public class ImportUploads {

	public static final String MAY_IMPORT = "hasAuthority('customers.import')";

	private final TransferUploads uploads;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	ImportUploads(TransferUploads uploads, DataScopes scopes, Colleagues colleagues) {
		this.uploads = uploads;
		this.scopes = scopes;
		this.colleagues = colleagues;
	}

	/** Answers the new job's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(MAY_IMPORT)
	public Long upload(SignedInUser me, ImportForm form, Locale locale, Errors errors) {
		Long ownerId = form.toPool() ? null : form.ownerId() == null ? me.userId() : form.ownerId();
		if (ownerId != null && (!scopes.of(me).includes(ownerId) || !colleagues.isActive(ownerId))) {
			errors.rejectValue("ownerId", "import.owner.invalid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return uploads.upload(me, ImportManagement.CUSTOMERS, form.file(), ownerId, locale, errors);
	}
}
