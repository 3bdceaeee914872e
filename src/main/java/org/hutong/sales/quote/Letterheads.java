package org.hutong.sales.quote;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The enterprise's 抬头. Pictures are JPEG or PNG (what the PDF can print; a seal is best a PNG with a
 * transparent background), checked by their bytes like every upload; a replaced picture's file is
 * dropped.
 */
@Service
@Transactional
public class Letterheads {

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("quote.letterhead.image.tooMany",
			"quote.letterhead.image.tooLarge", "quote.letterhead.image.forbidden");

	private final LetterheadRepository letterheads;

	private final Tenants tenants;

	private final FileStore store;

	private final QuoteSettings settings;

	private final Clock clock;

	Letterheads(LetterheadRepository letterheads, Tenants tenants, QuoteSettings settings, Clock clock) {
		this.letterheads = letterheads;
		this.tenants = tenants;
		this.store = new FileStore(settings.dir());
		this.settings = settings;
		this.clock = clock;
	}

	/** What the PDF prints at its head: the letterhead's texts, the enterprise's name when none is set. */
	public record Printed(String companyName, String address, String phone, String taxNumber, String bankName,
			String bankAccount, byte[] logo, String logoType, byte[] seal, String sealType) {
	}

	@Transactional(readOnly = true)
	public Printed printed() {
		Optional<Letterhead> found = letterheads.findFirstByIdIsNotNull();
		String enterprise = tenants.findById(TenantContext.require()).map(t -> t.getName()).orElse("");
		if (found.isEmpty()) {
			return new Printed(enterprise, null, null, null, null, null, null, null, null, null);
		}
		Letterhead head = found.get();
		return new Printed(head.getCompanyName() != null ? head.getCompanyName() : enterprise, head.getAddress(),
				head.getPhone(), head.getTaxNumber(), head.getBankName(), head.getBankAccount(),
				bytes(head, LetterheadImage.LOGO), head.typeOf(LetterheadImage.LOGO), bytes(head, LetterheadImage.SEAL),
				head.typeOf(LetterheadImage.SEAL));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(QuotePermissions.MAY_SET)
	public LetterheadForm form() {
		return letterheads.findFirstByIdIsNotNull().map(LetterheadForm::of)
			.orElse(new LetterheadForm(null, null, null, null, null, null, null));
	}

	@Transactional(readOnly = true)
	public Optional<Letterhead> current() {
		return letterheads.findFirstByIdIsNotNull();
	}

	@PreAuthorize(QuotePermissions.MAY_SET)
	public void save(LetterheadForm form) {
		Letterhead head = mine();
		if (head.getId() != null && !Objects.equals(form.version(), head.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Letterhead.class, head.getId());
		}
		head.describe(form, clock.instant());
		letterheads.save(head);
	}

	/** A new logo or seal; refusals go on field {@code image}. */
	@PreAuthorize(QuotePermissions.MAY_SET)
	public void picture(LetterheadImage which, MultipartFile file, Errors errors) {
		UploadCheck check = new UploadCheck("image", new UploadCheck.Limits(1, settings.maxImageSize(),
				EnumSet.of(FileType.JPEG, FileType.PNG)), MESSAGES);
		List<Upload> uploads = check.check(file == null ? List.of() : List.of(file), errors);
		if (errors.hasErrors()) {
			return;
		}
		if (uploads.isEmpty()) {
			errors.rejectValue("image", "quote.letterhead.image.none");
			return;
		}
		Upload upload = uploads.get(0);
		Letterhead head = mine();
		String key = store.store(TenantContext.require(), upload.bytes());
		String old = head.picture(which, key, upload.type().name(), clock.instant());
		letterheads.save(head);
		if (old != null) {
			store.discard(old);
		}
	}

	@PreAuthorize(QuotePermissions.MAY_SET)
	public void removePicture(LetterheadImage which) {
		letterheads.findFirstByIdIsNotNull().ifPresent(head -> {
			String old = head.picture(which, null, null, clock.instant());
			if (old != null) {
				store.discard(old);
			}
		});
	}

	private Letterhead mine() {
		return letterheads.findFirstByIdIsNotNull().orElseGet(() -> new Letterhead(clock.instant()));
	}

	private byte[] bytes(Letterhead head, LetterheadImage which) {
		String key = head.keyOf(which);
		if (key == null) {
			return null;
		}
		try (InputStream in = store.open(key).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException gone) {
			// a picture whose file is missing prints without it rather than failing the quote
			return null;
		}
	}
}
