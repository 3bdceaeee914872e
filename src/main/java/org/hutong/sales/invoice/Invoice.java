package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.files.FileType;

/**
 * 开票: an invoice request under a contract, for some of its terms (by index in order, from 0), and
 * once finance issued the invoice in the tax-control system its number, day, amount, tax and file.
 * Hutong keeps the record; it does not issue tax invoices itself.
 */
@Entity
@Table(name = "sales_invoice")
class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	private String number;

	@Enumerated(EnumType.STRING)
	private InvoiceKind kind;

	@Column(name = "buyer_name")
	private String buyerName;

	@Column(name = "buyer_tax_number")
	private String buyerTaxNumber;

	@Column(name = "buyer_address_phone")
	private String buyerAddressPhone;

	@Column(name = "buyer_bank_account")
	private String buyerBankAccount;

	private BigDecimal amount;

	@Column(name = "tax_rate")
	private BigDecimal taxRate;

	private BigDecimal tax;

	private String remarks;

	@Enumerated(EnumType.STRING)
	private InvoiceStatus status;

	@Column(name = "invoice_number")
	private String invoiceNumber;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "issued_amount")
	private BigDecimal issuedAmount;

	@Column(name = "issued_tax")
	private BigDecimal issuedTax;

	@Column(name = "file_key")
	private String fileKey;

	@Column(name = "file_name")
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_type")
	private FileType fileType;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String rejection;

	@Column(name = "voided_by")
	private Long voidedBy;

	@Column(name = "voided_at")
	private Instant voidedAt;

	@Column(name = "void_reason")
	private String voidReason;

	@Column(name = "requested_by")
	private long requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("termPosition")
	private List<InvoiceTerm> terms = new ArrayList<>();

	@OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<InvoiceLine> lines = new ArrayList<>();

	protected Invoice() {
	}

	/**
	 * A request: the form checked already, the tax number normalised, its rows each taxed on its own;
	 * the amount and tax are the rows' sums, the rate theirs when they share one (null when mixed).
	 */
	Invoice(long contractId, String number, InvoiceForm form, String taxNumber, InvoiceLines rows,
			Map<Integer, BigDecimal> spread, long author, Instant now) {
		this.contractId = contractId;
		this.number = number;
		this.kind = form.kind();
		this.buyerName = form.buyerName();
		this.buyerTaxNumber = taxNumber;
		this.buyerAddressPhone = form.buyerAddressPhone();
		this.buyerBankAccount = form.buyerBankAccount();
		this.amount = rows.total();
		this.taxRate = rows.singleRate();
		this.tax = rows.tax();
		for (InvoiceLines.Item item : rows.items()) {
			lines.add(new InvoiceLine(this, lines.size(), item));
		}
		this.remarks = form.remarks();
		this.status = InvoiceStatus.REQUESTED;
		this.requestedBy = author;
		this.requestedAt = now;
		spread(spread);
	}

	/** 已开票: as finance issued it, spread over the terms as it counts for them. */
	void issue(String invoiceNumber, LocalDate issuedOn, BigDecimal issuedAmount, BigDecimal issuedTax,
			Map<Integer, BigDecimal> spread, long by, Instant now) {
		this.status = InvoiceStatus.ISSUED;
		this.invoiceNumber = invoiceNumber;
		this.issuedOn = issuedOn;
		this.issuedAmount = issuedAmount;
		this.issuedTax = issuedTax;
		this.decidedBy = by;
		this.decidedAt = now;
		terms.clear();
		spread(spread);
	}

	/** The file of the invoice as issued (a scan, the 电子发票's PDF). */
	void attach(String key, String name, FileType type) {
		this.fileKey = key;
		this.fileName = name;
		this.fileType = type;
	}

	void reject(long by, String why, Instant now) {
		this.status = InvoiceStatus.REJECTED;
		this.decidedBy = by;
		this.decidedAt = now;
		this.rejection = why;
	}

	/** 作废: the issued invoice no longer counts (red-letter or cancelled in the tax-control system). */
	void voided(long by, String why, Instant now) {
		this.status = InvoiceStatus.VOIDED;
		this.voidedBy = by;
		this.voidedAt = now;
		this.voidReason = why;
	}

	private void spread(Map<Integer, BigDecimal> spread) {
		spread.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(part -> terms.add(new InvoiceTerm(this, part.getKey(), part.getValue())));
	}

	/** What this invoice puts on each term, by index. */
	Map<Integer, BigDecimal> byTerm() {
		Map<Integer, BigDecimal> byTerm = new java.util.LinkedHashMap<>();
		terms.forEach(t -> byTerm.merge(t.getTermPosition(), t.getAmount(), BigDecimal::add));
		return byTerm;
	}

	/** The rows as requested. */
	InvoiceLines lines() {
		return new InvoiceLines(lines.stream().map(InvoiceLine::item).toList());
	}

	/** The rows as issued: those requested, scaled to the amount issued (the request's while not issued). */
	InvoiceLines issuedLines() {
		return issuedAmount == null ? lines() : lines().scaledTo(issuedAmount);
	}

	Long getId() {
		return id;
	}

	long getContractId() {
		return contractId;
	}

	String getNumber() {
		return number;
	}

	InvoiceKind getKind() {
		return kind;
	}

	String getBuyerName() {
		return buyerName;
	}

	String getBuyerTaxNumber() {
		return buyerTaxNumber;
	}

	String getBuyerAddressPhone() {
		return buyerAddressPhone;
	}

	String getBuyerBankAccount() {
		return buyerBankAccount;
	}

	BigDecimal getAmount() {
		return amount;
	}

	BigDecimal getTaxRate() {
		return taxRate;
	}

	BigDecimal getTax() {
		return tax;
	}

	String getRemarks() {
		return remarks;
	}

	InvoiceStatus getStatus() {
		return status;
	}

	String getInvoiceNumber() {
		return invoiceNumber;
	}

	LocalDate getIssuedOn() {
		return issuedOn;
	}

	BigDecimal getIssuedAmount() {
		return issuedAmount;
	}

	BigDecimal getIssuedTax() {
		return issuedTax;
	}

	String getFileKey() {
		return fileKey;
	}

	String getFileName() {
		return fileName;
	}

	FileType getFileType() {
		return fileType;
	}

	String getRejection() {
		return rejection;
	}

	String getVoidReason() {
		return voidReason;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	long getVersion() {
		return version;
	}

	List<InvoiceTerm> getTerms() {
		return terms;
	}
}
