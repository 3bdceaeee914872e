package org.hutong.sales.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 产品: one line of the catalogue, by a code unique in the enterprise (KYN28A-12-1250). The unit is
 * kept by name, so renaming a unit in the list never changes a product already quoted. Deleting is
 * soft: the product waits in the recycle bin and keeps its code.
 */
@Entity
@Table(name = "sales_product")
public class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String code;

	private String name;

	private String spec;

	private String unit;

	@Column(name = "category_id")
	private Long categoryId;

	@Column(name = "list_price")
	private BigDecimal listPrice;

	@Column(name = "tax_rate")
	private BigDecimal taxRate;

	@Enumerated(EnumType.STRING)
	private ProductStatus status = ProductStatus.ON_SALE;

	private String description;

	@Convert(converter = ParametersJson.class)
	private List<Parameter> parameters = List.of();

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	protected Product() {
	}

	Product(ProductForm form, long createdBy, Instant now) {
		this.createdBy = createdBy;
		this.createdAt = now;
		change(form, now);
	}

	void change(ProductForm form, Instant now) {
		this.code = form.code();
		this.name = form.name();
		this.spec = form.spec();
		this.unit = form.unit();
		this.categoryId = form.categoryId();
		this.listPrice = form.listPrice();
		this.taxRate = form.taxRate();
		this.status = form.status();
		this.description = form.description();
		this.parameters = form.parameters();
		this.updatedAt = now;
	}

	void delete(Instant now) {
		this.deletedAt = now;
		this.updatedAt = now;
	}

	void restore(Instant now) {
		this.deletedAt = null;
		this.updatedAt = now;
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getSpec() {
		return spec;
	}

	public String getUnit() {
		return unit;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public BigDecimal getListPrice() {
		return listPrice;
	}

	public BigDecimal getTaxRate() {
		return taxRate;
	}

	public ProductStatus getStatus() {
		return status;
	}

	public String getDescription() {
		return description;
	}

	public List<Parameter> getParameters() {
		return parameters;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getDeletedAt() {
		return deletedAt;
	}

	public long getVersion() {
		return version;
	}
}
