package org.hutong.sales.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/** 发货单: part or all of a contract's goods shipped on one day, and the day they arrived (到货) with the signed receipt's photo. */
@Entity
@Table(name = "sales_delivery")
class Delivery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	private String number;

	@Column(name = "shipped_on")
	private LocalDate shippedOn;

	private String carrier;

	private String waybill;

	private String receiver;

	@Column(name = "receiver_phone")
	private String receiverPhone;

	/** The batch it belongs to when the contract delivers in batches; 0 otherwise. */
	private int batch;

	@Column(name = "arrived_on")
	private LocalDate arrivedOn;

	@Column(name = "arrival_note")
	private String arrivalNote;

	/** The photo of the signed receipt, when one was taken; its thumbnail when the photo is wide. */
	@Column(name = "photo_key")
	private String photoKey;

	@Column(name = "photo_thumbnail_key")
	private String photoThumbnailKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "photo_type")
	private FileType photoType;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "delivery", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<DeliveryLine> lines = new ArrayList<>();

	protected Delivery() {
	}

	Delivery(long contractId, String number, DeliveryForm form, long author, Instant now) {
		this.contractId = contractId;
		this.number = number;
		this.shippedOn = form.shippedOn();
		this.carrier = form.carrier();
		this.waybill = form.waybill();
		this.receiver = form.receiver();
		this.receiverPhone = form.receiverPhone();
		this.batch = form.batch() == null ? 0 : form.batch();
		this.createdBy = author;
		this.createdAt = now;
	}

	void ship(long contractLineId, BigDecimal quantity) {
		lines.add(new DeliveryLine(this, contractLineId, quantity));
	}

	void arrived(LocalDate day, String note) {
		this.arrivedOn = day;
		this.arrivalNote = note;
	}

	/** The signed receipt's photo (and thumbnail, null for a small photo), replacing any earlier one. */
	void photographed(String key, String thumbnailKey, FileType type) {
		this.photoKey = key;
		this.photoThumbnailKey = thumbnailKey;
		this.photoType = type;
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

	LocalDate getShippedOn() {
		return shippedOn;
	}

	String getCarrier() {
		return carrier;
	}

	String getWaybill() {
		return waybill;
	}

	String getReceiver() {
		return receiver;
	}

	String getReceiverPhone() {
		return receiverPhone;
	}

	/** The batch's number, null when the contract delivers at once. */
	Integer batch() {
		return batch == 0 ? null : batch;
	}

	LocalDate getArrivedOn() {
		return arrivedOn;
	}

	String getArrivalNote() {
		return arrivalNote;
	}

	String getPhotoKey() {
		return photoKey;
	}

	String getPhotoThumbnailKey() {
		return photoThumbnailKey;
	}

	FileType getPhotoType() {
		return photoType;
	}

	long getVersion() {
		return version;
	}

	List<DeliveryLine> getLines() {
		return lines;
	}
}
