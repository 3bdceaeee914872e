package org.hutong.customers.imports;

import java.util.Locale;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.CreditCode;
import org.hutong.transfer.FileDuplicates;
import org.hutong.transfer.ImportPasses;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferKind;
import org.hutong.transfer.TransferWork;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A customer import's pass, run by {@link ImportPasses} chunk by chunk: rows that repeat an earlier
 * row's normalised name, credit code or contact mobile are refused, the others go through
 * {@link ImportUpsert} as the importer, with the data scope worked out once per job. A real run is
 * written to the 审计日志.
 */
@Component
class ImportRun implements TransferWork {

	private final ImportUpsert upsert;

	private final ImportPasses passes;

	private final MessageSource messages;

	private final DataScopes scopes;

	private final AuditLog audit;

	ImportRun(ImportUpsert upsert, ImportPasses passes, MessageSource messages, DataScopes scopes, AuditLog audit) {
		this.upsert = upsert;
		this.passes = passes;
		this.messages = messages;
		this.scopes = scopes;
		this.audit = audit;
	}

	@Override
	public String subject() {
		return ImportManagement.CUSTOMERS.name();
	}

	@Override
	public TransferKind kind() {
		return TransferKind.IMPORT;
	}

	@Override
	public void run(TransferJob job, String claim, SignedInUser creator) {
		Locale locale = Locale.forLanguageTag(job.getLocale());
		ImportTable table = passes.table(job);
		ImportMapping mapping = ImportMapping.parse(job.getMapping(), table.header().size());
		FileDuplicates repeats = new FileDuplicates(table, messages, locale)
			.scan(mapping.columnOf(ImportField.NAME), ImportField.NAME, CompanyNames::normalise)
			.scan(mapping.columnOf(ImportField.CREDIT_CODE), ImportField.CREDIT_CODE, CreditCode::normalise)
			.scan(mapping.columnOf(ImportField.CONTACT_MOBILE), ImportField.CONTACT_MOBILE,
					mobile -> mobile.replaceAll("[\\s\\-]", ""));
		ImportTarget target = new ImportTarget(creator, scopes.of(creator), job.isToPool() ? null : job.getOwnerId(),
				locale, job.isDryRun());
		passes.run(job, claim, table, repeats, (line, errors) -> upsert.apply(line, mapping, target, errors),
				() -> audit.record(AuditAction.CUSTOMERS_IMPORTED, "customers",
						"job=" + job.getId() + " file=" + job.getFileName() + " rows=" + table.rows().size()));
	}
}
