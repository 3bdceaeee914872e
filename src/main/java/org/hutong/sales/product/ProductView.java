package org.hutong.sales.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A product as pages and the API show it: the category by id and by its path (开关柜 › 中置柜), the
 * price with tax computed from the list price (to the fen, half up).
 */
public record ProductView(long id, String code, String name, String spec, String unit, Long categoryId,
		String categoryPath, BigDecimal listPrice, BigDecimal taxRate, BigDecimal priceWithTax, ProductStatus status,
		String description, List<Parameter> parameters, boolean deleted, Instant createdAt, Instant updatedAt,
		long version) {

	static BigDecimal withTax(BigDecimal price, BigDecimal rate) {
		return price.multiply(BigDecimal.ONE.add(rate.movePointLeft(2))).setScale(2, RoundingMode.HALF_UP);
	}

	static ProductView of(Product p, String categoryPath) {
		return new ProductView(p.getId(), p.getCode(), p.getName(), p.getSpec(), p.getUnit(), p.getCategoryId(),
				categoryPath, p.getListPrice(), p.getTaxRate(), withTax(p.getListPrice(), p.getTaxRate()), p.getStatus(),
				p.getDescription(), p.getParameters(), p.isDeleted(), p.getCreatedAt(), p.getUpdatedAt(),
				p.getVersion());
	}
}
