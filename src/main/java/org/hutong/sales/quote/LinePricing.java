package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.sales.pricelist.PriceLists;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How a list of lines is priced, for a quote and for a contract alike. A line on a live product
 * takes the product's name, spec, unit and tax rate unless typed over, and the price that applies to
 * the customer today (its price list, else the list price) as its reference — and as its unit price
 * when that is left out. A free line needs its name and unit price; its reference is its own price.
 * Each line's amounts come from {@link QuoteMath}: tax on the line, rounded, then summed. A refusal
 * goes on the line's field ({@code lines[2].productId} …) under the caller's message prefix.
 */
@Component
public class LinePricing {

	/** The tax rate of a free line given none. */
	public static final BigDecimal DEFAULT_TAX = new BigDecimal("13");

	private final ProductSearch products;

	private final PriceLists prices;

	private final Clock clock;

	LinePricing(ProductSearch products, PriceLists prices, Clock clock) {
		this.products = products;
		this.prices = prices;
		this.clock = clock;
	}

	/** A line as typed: a product, or a free line with a name; blanks are filled from the product. */
	public record Line(Long productId, String name, String spec, String unit, BigDecimal quantity, BigDecimal unitPrice,
			BigDecimal discount, BigDecimal taxRate) {
	}

	/** A line with everything filled in and its amounts worked out. */
	public record Priced(Long productId, String name, String spec, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal referencePrice, BigDecimal discount, BigDecimal taxRate,
			QuoteMath.LineAmounts amounts) {
	}

	/**
	 * The lines priced for the customer, with the header discount off each; lines refused are left
	 * out and say why in {@code errors} (codes {@code <prefix>.product.unknown},
	 * {@code <prefix>.line.nameRequired}, {@code <prefix>.line.priceRequired}).
	 */
	public List<Priced> price(Long customerId, List<Line> lines, BigDecimal headerDiscount, String prefix,
			Errors errors) {
		Map<Long, ProductView> live = live(lines);
		Map<Long, PriceLists.AppliedPrice> applied = live.isEmpty() ? Map.of()
				: prices.applicable(customerId, live.keySet(), LocalDate.now(clock));
		List<Priced> priced = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String at = "lines[" + i + "].";
			if (line.productId() != null && !live.containsKey(line.productId())) {
				errors.rejectValue(at + "productId", prefix + ".product.unknown");
				continue;
			}
			ProductView product = line.productId() == null ? null : live.get(line.productId());
			Line filled = filled(line, product);
			BigDecimal reference = product == null ? filled.unitPrice() : applied.get(product.id()).price();
			BigDecimal unitPrice = filled.unitPrice() != null ? filled.unitPrice() : reference;
			if (filled.name() == null) {
				errors.rejectValue(at + "name", prefix + ".line.nameRequired");
			}
			if (unitPrice == null) {
				errors.rejectValue(at + "unitPrice", prefix + ".line.priceRequired");
			}
			if (filled.quantity() == null || filled.name() == null || unitPrice == null) {
				continue;
			}
			BigDecimal discount = filled.discount() == null ? BigDecimal.ZERO : filled.discount();
			priced.add(new Priced(line.productId(), filled.name(), filled.spec(), filled.unit(), filled.quantity(),
					unitPrice, reference, discount, filled.taxRate(), QuoteMath.line(filled.quantity(), unitPrice, reference,
							discount, filled.taxRate(), headerDiscount == null ? BigDecimal.ZERO : headerDiscount)));
		}
		return priced;
	}

	/**
	 * The lines as a form shows them once a product is picked: its name, spec, unit and tax rate, and
	 * the price that applies to the customer, in the blanks of the line; free lines as they are.
	 */
	public List<Line> prefilled(Long customerId, List<Line> lines) {
		Map<Long, ProductView> live = live(lines);
		Map<Long, PriceLists.AppliedPrice> applied = live.isEmpty() ? Map.of()
				: prices.applicable(customerId, live.keySet(), LocalDate.now(clock));
		return lines.stream().map(line -> {
			ProductView product = line.productId() == null ? null : live.get(line.productId());
			if (product == null) {
				return line;
			}
			Line filled = filled(line, product);
			return filled.unitPrice() != null ? filled
					: new Line(filled.productId(), filled.name(), filled.spec(), filled.unit(), filled.quantity(),
							applied.get(product.id()).price(), filled.discount(), filled.taxRate());
		}).toList();
	}

	private Map<Long, ProductView> live(List<Line> lines) {
		Set<Long> ids = lines.stream().map(Line::productId).filter(Objects::nonNull).collect(Collectors.toSet());
		return ids.isEmpty() ? Map.of() : products.live(ids);
	}

	/** The product's name, spec, unit and tax rate where the line has none; a free line's tax rate 13 % when left out. */
	private static Line filled(Line line, ProductView product) {
		if (product == null) {
			return line.productId() != null || line.taxRate() != null ? line
					: new Line(null, line.name(), line.spec(), line.unit(), line.quantity(), line.unitPrice(),
							line.discount(), DEFAULT_TAX);
		}
		return new Line(line.productId(), line.name() != null ? line.name() : product.name(),
				line.spec() != null ? line.spec() : product.spec(), line.unit() != null ? line.unit() : product.unit(),
				line.quantity(), line.unitPrice(), line.discount(),
				line.taxRate() != null ? line.taxRate() : product.taxRate());
	}
}
