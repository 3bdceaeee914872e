package org.hutong.sales.product;

/** 在售 or 停售: a discontinued product stays in the catalogue and on old quotes, but new lines cannot take it. */
public enum ProductStatus {
	ON_SALE, DISCONTINUED
}
