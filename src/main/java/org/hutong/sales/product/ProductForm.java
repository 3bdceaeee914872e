package org.hutong.sales.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What the product form and the API submit. The code is letters, digits and {@code - _ . /} (型号
 * codes such as KYN28A-12/1250); prices are yuan with at most two decimals; the tax rate a
 * percentage, 13 % when left out; blank parameter lines are dropped. That the unit is one of the
 * enterprise's and the category one of its own is checked by {@link ProductManagement}.
 *
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record ProductForm(
		@NotBlank(message = "{product.required}") @Size(max = 40, message = "{product.tooLong}")
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/\\-]*", message = "{product.code.invalid}") String code,
		@NotBlank(message = "{product.required}") @Size(max = 100, message = "{product.tooLong}") String name,
		@Size(max = 100, message = "{product.tooLong}") String spec,
		@NotBlank(message = "{product.required}") @Size(max = 10, message = "{product.tooLong}") String unit,
		Long categoryId,
		@NotNull(message = "{product.required}") @DecimalMin(value = "0", message = "{product.price.negative}")
		@DecimalMax(value = "9999999999.99", message = "{product.price.tooHigh}")
		@Digits(integer = 10, fraction = 2, message = "{product.price.decimals}") BigDecimal listPrice,
		@DecimalMin(value = "0", message = "{product.taxRate.range}") @DecimalMax(value = "100", message = "{product.taxRate.range}")
		@Digits(integer = 3, fraction = 2, message = "{product.taxRate.decimals}") BigDecimal taxRate,
		ProductStatus status,
		@Size(max = 2000, message = "{product.tooLong}") String description,
		@Valid @Size(max = ProductForm.MAX_PARAMETERS, message = "{product.parameters.tooMany}") List<Parameter> parameters,
		Long version) {

	static final int MAX_PARAMETERS = 30;

	static final BigDecimal DEFAULT_TAX_RATE = new BigDecimal("13.00");

	public ProductForm {
		code = Texts.clean(code);
		name = Texts.clean(name);
		spec = Texts.clean(spec);
		unit = Texts.clean(unit);
		description = Texts.clean(description);
		taxRate = taxRate == null ? DEFAULT_TAX_RATE : taxRate;
		status = status == null ? ProductStatus.ON_SALE : status;
		parameters = parameters == null ? List.of()
				: parameters.stream().filter(Objects::nonNull).filter(line -> !line.blank()).toList();
	}

	static ProductForm blank() {
		return new ProductForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** A product for fixtures and the demo: code, name, spec, unit and list price, 13 %, 在售. */
	public static ProductForm of(String code, String name, String spec, String unit, BigDecimal listPrice) {
		return new ProductForm(code, name, spec, unit, null, listPrice, null, null, null, null, null);
	}

	public ProductForm in(Long category) {
		return new ProductForm(code, name, spec, unit, category, listPrice, taxRate, status, description, parameters,
				version);
	}

	public ProductForm with(List<Parameter> lines) {
		return new ProductForm(code, name, spec, unit, categoryId, listPrice, taxRate, status, description, lines,
				version);
	}

	/** The same form editing the given version, e.g. the one an API client names in {@code If-Match}. */
	ProductForm withVersion(Long edited) {
		return new ProductForm(code, name, spec, unit, categoryId, listPrice, taxRate, status, description, parameters,
				edited);
	}

	static ProductForm of(Product product) {
		return new ProductForm(product.getCode(), product.getName(), product.getSpec(), product.getUnit(),
				product.getCategoryId(), product.getListPrice(), product.getTaxRate(), product.getStatus(),
				product.getDescription(), product.getParameters(), product.getVersion());
	}
}
