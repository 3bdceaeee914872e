package org.hutong.sales.pricelist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 价格表: a named list of prices valid from one day (to another, or open-ended), for the customer
 * levels and the single customers it names. A list naming nobody applies to no one.
 */
@Entity
@Table(name = "sales_price_list")
public class PriceList {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	private String remarks;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "priceList", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<PriceListTarget> targets = new ArrayList<>();

	@OneToMany(mappedBy = "priceList", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<PriceListItem> items = new ArrayList<>();

	protected PriceList() {
	}

	PriceList(PriceListForm form, Instant now) {
		this.createdAt = now;
		change(form, now);
	}

	void change(PriceListForm form, Instant now) {
		this.name = form.name();
		this.validFrom = form.validFrom();
		this.validTo = form.validTo();
		this.remarks = form.remarks();
		this.updatedAt = now;
		targets.removeIf(target -> !form.levels().contains(target.getCustomerLevel())
				&& !form.customerIds().contains(target.getCustomerId()));
		for (String level : form.levels()) {
			if (targets.stream().noneMatch(target -> level.equals(target.getCustomerLevel()))) {
				targets.add(PriceListTarget.level(this, level));
			}
		}
		for (Long customer : form.customerIds()) {
			if (targets.stream().noneMatch(target -> customer.equals(target.getCustomerId()))) {
				targets.add(PriceListTarget.customer(this, customer));
			}
		}
	}

	/** Sets the product's price on this list, adding the line when there is none. */
	void price(long productId, BigDecimal price, Instant now) {
		Optional<PriceListItem> line = item(productId);
		if (line.isPresent()) {
			line.get().reprice(price);
		}
		else {
			items.add(new PriceListItem(this, productId, price));
		}
		this.updatedAt = now;
	}

	boolean removePrice(long productId, Instant now) {
		this.updatedAt = now;
		return items.removeIf(item -> item.getProductId() == productId);
	}

	Optional<PriceListItem> item(long productId) {
		return items.stream().filter(item -> item.getProductId() == productId).findFirst();
	}

	public boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public boolean names(long customerId) {
		return targets.stream().anyMatch(target -> Objects.equals(target.getCustomerId(), customerId));
	}

	public boolean namesLevel(String level) {
		return level != null && targets.stream().anyMatch(target -> level.equals(target.getCustomerLevel()));
	}

	public List<String> levels() {
		return targets.stream().map(PriceListTarget::getCustomerLevel).filter(Objects::nonNull).toList();
	}

	public List<Long> customerIds() {
		return targets.stream().map(PriceListTarget::getCustomerId).filter(Objects::nonNull).toList();
	}

	public List<PriceListItem> getItems() {
		return items;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public String getRemarks() {
		return remarks;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
