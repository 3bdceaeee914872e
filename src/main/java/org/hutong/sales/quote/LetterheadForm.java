package org.hutong.sales.quote;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/** The letterhead's texts; an empty company name prints the enterprise's name. */
public record LetterheadForm(@Size(max = 100, message = "{quote.tooLong}") String companyName,
		@Size(max = 200, message = "{quote.tooLong}") String address,
		@Size(max = 50, message = "{quote.tooLong}") String phone,
		@Size(max = 30, message = "{quote.tooLong}") String taxNumber,
		@Size(max = 100, message = "{quote.tooLong}") String bankName,
		@Size(max = 50, message = "{quote.tooLong}") String bankAccount, Long version) {

	public LetterheadForm {
		companyName = Texts.clean(companyName);
		address = Texts.clean(address);
		phone = Texts.clean(phone);
		taxNumber = Texts.clean(taxNumber);
		bankName = Texts.clean(bankName);
		bankAccount = Texts.clean(bankAccount);
	}

	static LetterheadForm of(Letterhead letterhead) {
		return new LetterheadForm(letterhead.getCompanyName(), letterhead.getAddress(), letterhead.getPhone(),
				letterhead.getTaxNumber(), letterhead.getBankName(), letterhead.getBankAccount(), letterhead.getVersion());
	}
}
