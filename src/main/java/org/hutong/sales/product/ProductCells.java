package org.hutong.sales.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text of one import cell into a product value, as people type them in Excel: prices with
 * ¥, 元 or thousands separators; tax rates as 13, 13% or 0.13 (a percent-formatted cell holds the
 * fraction); 在售 / 停售 or the English labels or codes; a category path such as 开关设备/环网柜;
 * parameters as {@code 额定电压=12 kV; 额定电流=1250 A}. Each answers empty when the text does not read.
 */
final class ProductCells {

	/** What separates parameter lines, and a parameter's name from its value. */
	static final String LINE_BREAKS = "[;；\\n]";

	static final String PATH_BREAKS = "\\s*[/／›>\\\\]\\s*";

	private ProductCells() {
	}

	static Optional<BigDecimal> price(String text) {
		return number(text.replaceAll("^[¥￥]", "").replaceAll("元$", "")).map(ProductCells::money);
	}

	static Optional<BigDecimal> taxRate(String text) {
		String plain = text.strip();
		boolean percent = plain.endsWith("%") || plain.endsWith("％");
		Optional<BigDecimal> rate = number(percent ? plain.substring(0, plain.length() - 1) : plain);
		return rate.map(value -> !percent && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0
				? value.movePointRight(2) : value).map(ProductCells::money);
	}

	static Optional<ProductStatus> status(String text, Map<String, ProductStatus> labels) {
		return Optional.ofNullable(labels.get(fold(text)));
	}

	/** A category path folded the way the catalogue's paths are written: 开关设备 › 环网柜. */
	static String path(String text) {
		return String.join(" › ", text.strip().split(PATH_BREAKS));
	}

	/** The parameter lines, or empty when a line has no {@code =} or no name. */
	static Optional<List<Parameter>> parameters(String text) {
		List<Parameter> lines = new ArrayList<>();
		for (String line : text.split(LINE_BREAKS)) {
			if (line.isBlank()) {
				continue;
			}
			int cut = line.replace('＝', '=').indexOf('=');
			if (cut <= 0 || line.substring(0, cut).isBlank()) {
				return Optional.empty();
			}
			lines.add(new Parameter(line.substring(0, cut), line.substring(cut + 1)));
		}
		return Optional.of(List.copyOf(lines));
	}

	/** The parameters as one cell, the way {@link #parameters} reads them back. */
	static String parameters(List<Parameter> lines) {
		return String.join("; ", lines.stream().map(line -> line.name() + "=" + line.value()).toList());
	}

	static String fold(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}

	private static Optional<BigDecimal> number(String text) {
		String plain = text.strip().replaceAll("[,，\\s]", "");
		try {
			return Optional.of(new BigDecimal(plain));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	/** Two decimals when the value has no more, so 1250 and 1250.00 are the same price; more is left to validation. */
	private static BigDecimal money(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= 2 ? stripped.setScale(2) : stripped;
	}
}
