package org.hutong.customers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The lead on its own: search keys, working it, marking it invalid, and converting it once. */
class LeadTests {

	static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123456789Z");

	static final long OWNER = 7;

	@Test
	void startsNewWithSearchKeysFromTheCompanyName() {
		Lead lead = new Lead(LeadForm.of("河南四达电力设备股份有限公司", "王工", "13812345678"), OWNER, NOW);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
		assertThat(lead.getNameNormalised()).isEqualTo("四达电力设备");
		assertThat(lead.getNameInitials()).startsWith("hnsddl");
		assertThat(lead.getCreatedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00.123456Z"));
	}

	@Test
	void isWorkedThroughTheWorkableStatuses() {
		Lead lead = new Lead(LeadForm.of("四达电力", null, null), OWNER, NOW);
		lead.describe(withStatus(lead, LeadStatus.QUALIFIED), NOW.plusSeconds(60));
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.QUALIFIED);
		assertThatThrownBy(() -> lead.describe(withStatus(lead, LeadStatus.CONVERTED), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(LeadStatus.INVALID.isWorkable()).isFalse();
	}

	@Test
	void anInvalidLeadStaysInvalidWhenEditedUnlessReopened() {
		Lead lead = new Lead(LeadForm.of("四达电力", null, null), OWNER, NOW);
		lead.markInvalid(NOW);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.INVALID);
		lead.describe(withStatus(lead, LeadStatus.INVALID), NOW);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.INVALID);
		assertThat(lead.mayBecome(LeadStatus.CONVERTED)).isFalse();
		lead.describe(withStatus(lead, LeadStatus.CONTACTED), NOW);
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACTED);
	}

	@Test
	void aConvertedLeadNamesWhatItBecameAndIsReadOnly() {
		Lead lead = new Lead(LeadForm.of("四达电力", "王工", null).from("EXHIBITION"), OWNER, NOW);
		lead.convert(42, 43L, NOW.plusSeconds(60));
		assertThat(lead.isConverted()).isTrue();
		assertThat(lead.getConvertedCustomerId()).isEqualTo(42);
		assertThat(lead.getConvertedContactId()).isEqualTo(43);
		assertThat(lead.getConvertedAt()).isEqualTo(Instant.parse("2026-03-02T08:01:00.123456Z"));
		assertThatThrownBy(() -> lead.describe(LeadForm.of("改名", null, null), NOW)).isInstanceOf(LeadAlreadyConverted.class);
		assertThatThrownBy(() -> lead.convert(44, null, NOW)).isInstanceOf(LeadAlreadyConverted.class);
		assertThatThrownBy(() -> lead.markInvalid(NOW)).isInstanceOf(LeadAlreadyConverted.class);
		assertThatThrownBy(() -> lead.delete(NOW)).isInstanceOf(LeadAlreadyConverted.class);
	}

	@Test
	void aDeletedLeadCannotChange() {
		Lead lead = new Lead(LeadForm.of("四达电力", null, null), OWNER, NOW);
		lead.delete(NOW);
		assertThat(lead.isDeleted()).isTrue();
		assertThatThrownBy(() -> lead.markInvalid(NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theFormsCleanBlanksAndTheConversionTakesTheLeadsDetails() {
		LeadForm form = new LeadForm(" 四达电力 ", " ", "", null, "WEBSITE", null, " 展会 ", null);
		assertThat(form.companyName()).isEqualTo("四达电力");
		assertThat(form.contactName()).isNull();
		assertThat(form.mobile()).isNull();
		assertThat(form.status()).isEqualTo(LeadStatus.NEW);
		Lead lead = new Lead(form, OWNER, NOW);
		ConversionForm conversion = ConversionForm.of(lead);
		assertThat(conversion.name()).isEqualTo("四达电力");
		assertThat(conversion.hasContact()).isFalse();
		assertThat(conversion.customer(lead, lead.getSource()).source()).isEqualTo("WEBSITE");
		assertThat(conversion.customer(lead, null).remarks()).isEqualTo("展会");
	}

	@Test
	void aMalformedCursorShowsTheFirstPage() {
		assertThat(new LeadFilter(null, null, null, null, null, null, "%%not-base64").first()).isTrue();
		LeadFilter next = LeadFilter.none().after("2026-03-02T08:00:00Z", 42);
		assertThat(next.cursor()).isEqualTo(new LeadFilter.Cursor("2026-03-02T08:00:00Z", 42));
	}

	private static LeadForm withStatus(Lead lead, LeadStatus status) {
		return new LeadForm(lead.getCompanyName(), lead.getContactName(), lead.getMobile(), lead.getPhone(),
				lead.getSource(), status, lead.getRemarks(), lead.getVersion());
	}
}
