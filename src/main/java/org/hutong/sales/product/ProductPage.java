package org.hutong.sales.product;

import java.util.List;

/** One page of products, how many match (first page only), and the filter of the next page ({@code null} on the last). */
public record ProductPage(List<ProductView> rows, Long total, ProductFilter next) {
}
