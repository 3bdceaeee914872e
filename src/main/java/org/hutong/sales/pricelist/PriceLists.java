package org.hutong.sales.pricelist;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.sales.product.ProductPermissions;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 价格表 use cases, and the price a quote line takes: of the lists valid on the day, one that names
 * the customer before one that names the customer's level, the newest (by first valid day, then
 * creation) first; a product on none of them takes its list price.
 */
@Service
@Transactional
public class PriceLists {

	static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

	private final PriceListRepository lists;

	private final ProductSearch products;

	private final CustomerDirectory customers;

	private final Clock clock;

	PriceLists(PriceListRepository lists, ProductSearch products, CustomerDirectory customers, Clock clock) {
		this.lists = lists;
		this.products = products;
		this.customers = customers;
		this.clock = clock;
	}

	/** The price a line takes and where it comes from ({@code priceListId} null: the list price). */
	public record AppliedPrice(long productId, BigDecimal price, Long priceListId, String priceListName) {
	}

	/** The enterprise's lists, newest first, each with whom it applies to and how many prices it holds. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public List<PriceListRow> all() {
		Map<Long, Long> counts = lists.itemCounts().stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		Map<String, String> levelNames = levelNames();
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		return lists.findAllByOrderByValidFromDescIdDesc().stream().map(list -> new PriceListRow(list.getId(),
				list.getName(), list.getValidFrom(), list.getValidTo(),
				list.levels().stream().map(code -> levelNames.getOrDefault(code, code)).toList(),
				list.customerIds().size(), counts.getOrDefault(list.getId(), 0L), list.validOn(today))).toList();
	}

	/** One list with whom it applies to by name and its prices next to the products' list prices. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public PriceListView one(long id) {
		PriceList list = lists.findById(id).orElseThrow(RecordNotFound::new);
		Map<String, String> levelNames = levelNames();
		Map<Long, String> customerNames = customerNames(list.customerIds());
		Map<Long, ProductView> named = products.live(list.getItems().stream().map(PriceListItem::getProductId)
			.collect(Collectors.toSet()));
		List<PriceListView.Line> lines = list.getItems().stream()
			.filter(item -> named.containsKey(item.getProductId()))
			.map(item -> {
				ProductView product = named.get(item.getProductId());
				return new PriceListView.Line(product.id(), product.code(), product.name(), product.unit(),
						product.listPrice(), item.getPrice());
			})
			.sorted(java.util.Comparator.comparing(PriceListView.Line::code))
			.toList();
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		return new PriceListView(list.getId(), list.getName(), list.getValidFrom(), list.getValidTo(), list.getRemarks(),
				list.levels().stream().map(code -> new PriceListView.Named(code, levelNames.getOrDefault(code, code))).toList(),
				list.customerIds().stream()
					.map(cid -> new PriceListView.Named(String.valueOf(cid), customerNames.getOrDefault(cid, "#" + cid)))
					.toList(),
				lines, list.validOn(today), list.getVersion());
	}

	/** The form of a list as it is, for editing. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public PriceListForm formOf(long id) {
		return PriceListForm.of(lists.findById(id).orElseThrow(RecordNotFound::new));
	}

	private Map<String, String> levelNames() {
		return customers.levels().stream()
			.collect(Collectors.toMap(CustomerDirectory.Level::code, CustomerDirectory.Level::label, (a, b) -> a));
	}


	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public Long create(PriceListForm form, Errors errors) {
		check(form, errors);
		return errors.hasErrors() ? null : lists.save(new PriceList(form, clock.instant())).getId();
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void update(long id, PriceListForm form, Errors errors) {
		PriceList list = lists.findById(id).orElseThrow(RecordNotFound::new);
		if (!Objects.equals(form.version(), list.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(PriceList.class, id);
		}
		check(form, errors);
		if (!errors.hasErrors()) {
			list.change(form, clock.instant());
		}
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void delete(long id) {
		lists.delete(lists.findById(id).orElseThrow(RecordNotFound::new));
	}

	/** Sets a product's price on the list; refusals go on {@code productId} and {@code price}. */
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void price(long id, Long productId, BigDecimal price, Errors errors) {
		PriceList list = lists.findById(id).orElseThrow(RecordNotFound::new);
		if (productId == null || products.live(Set.of(productId)).isEmpty()) {
			errors.rejectValue("productId", "priceList.product.unknown");
		}
		if (price == null) {
			errors.rejectValue("price", "priceList.required");
		}
		else if (price.signum() < 0) {
			errors.rejectValue("price", "product.price.negative");
		}
		else if (price.compareTo(MAX_PRICE) > 0) {
			errors.rejectValue("price", "product.price.tooHigh");
		}
		else if (price.stripTrailingZeros().scale() > 2) {
			errors.rejectValue("price", "product.price.decimals");
		}
		if (!errors.hasErrors()) {
			list.price(productId, price.setScale(2), clock.instant());
		}
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void removePrice(long id, long productId) {
		PriceList list = lists.findById(id).orElseThrow(RecordNotFound::new);
		if (!list.removePrice(productId, clock.instant())) {
			throw new RecordNotFound();
		}
	}

	/**
	 * The price each product takes for the customer on the day. Reads the day's valid lists of the
	 * enterprise (tens) with their prices, and the customer once; an unknown customer gets list prices.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public Map<Long, AppliedPrice> applicable(Long customerId, Collection<Long> productIds, LocalDate day) {
		Map<Long, ProductView> live = products.live(Set.copyOf(productIds));
		Optional<CustomerSummary> customer = customerId == null ? Optional.empty() : customers.find(customerId);
		List<PriceList> valid = lists.validOn(day);
		List<PriceList> own = customer.map(c -> valid.stream().filter(list -> list.names(c.id())).toList()).orElse(List.of());
		List<PriceList> level = customer.map(c -> valid.stream().filter(list -> list.namesLevel(c.level())).toList())
			.orElse(List.of());
		Map<Long, AppliedPrice> prices = new HashMap<>();
		for (ProductView product : live.values()) {
			prices.put(product.id(), first(product.id(), own).or(() -> first(product.id(), level))
				.orElse(new AppliedPrice(product.id(), product.listPrice(), null, null)));
		}
		return prices;
	}

	private static Optional<AppliedPrice> first(long productId, List<PriceList> candidates) {
		for (PriceList list : candidates) {
			Optional<PriceListItem> item = list.item(productId);
			if (item.isPresent()) {
				return Optional.of(new AppliedPrice(productId, item.get().getPrice(), list.getId(), list.getName()));
			}
		}
		return Optional.empty();
	}

	/** The names of these customers of the enterprise, for the list's page: one query. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public Map<Long, String> customerNames(Collection<Long> ids) {
		return customers.findAll(ids).values().stream()
			.collect(Collectors.toMap(CustomerSummary::id, CustomerSummary::name));
	}

	/** The enterprise's customer levels, for the form. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public List<CustomerDirectory.Level> levels() {
		return customers.levels();
	}

	private void check(PriceListForm form, Errors errors) {
		if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
			errors.rejectValue("validTo", "priceList.validTo.beforeFrom");
		}
		if (form.validFrom() != null && form.validFrom().getYear() < 2000) {
			errors.rejectValue("validFrom", "priceList.day.absurd");
		}
		Set<String> known = customers.levels().stream().map(CustomerDirectory.Level::code).collect(Collectors.toSet());
		if (!known.containsAll(form.levels())) {
			errors.rejectValue("levels", "priceList.level.unknown");
		}
		if (customers.findAll(form.customerIds()).size() < form.customerIds().size()) {
			errors.rejectValue("customerIds", "priceList.customer.unknown");
		}
	}
}
