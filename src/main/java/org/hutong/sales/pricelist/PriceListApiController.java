package org.hutong.sales.pricelist;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.sales.product.ProductPermissions;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/price-lists}: list, get (with its prices), create, update with {@code If-Match} (409
 * when stale), delete; {@code PUT /{id}/items/{productId}} sets a price, {@code DELETE} removes it.
 * {@code GET /api/v1/prices?customerId=&productIds=&on=} answers the price each product takes for the
 * customer on the day, and which list it comes from.
 */
@RestController
class PriceListApiController {

	private final PriceLists lists;

	private final java.time.Clock clock;

	PriceListApiController(PriceLists lists, java.time.Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	record Price(BigDecimal price) {
	}

	@GetMapping("/api/v1/price-lists")
	@PreAuthorize(ProductPermissions.MAY_READ)
	List<PriceListRow> list() {
		return lists.all();
	}

	@GetMapping("/api/v1/price-lists/{id}")
	@PreAuthorize(ProductPermissions.MAY_READ)
	ResponseEntity<PriceListView> get(@PathVariable long id) {
		return found(lists.one(id));
	}

	@PostMapping("/api/v1/price-lists")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<PriceListView> create(@Valid @RequestBody PriceListForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = lists.create(form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		PriceListView view = lists.one(id);
		return ResponseEntity.created(URI.create("/api/v1/price-lists/" + id)).eTag(String.valueOf(view.version()))
			.body(view);
	}

	@PutMapping("/api/v1/price-lists/{id}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<PriceListView> update(@PathVariable long id, @Valid @RequestBody PriceListForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		PriceListForm versioned = form.withVersion(version == null ? lists.one(id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		lists.update(id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(lists.one(id));
	}

	@DeleteMapping("/api/v1/price-lists/{id}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<Void> delete(@PathVariable long id) {
		lists.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/price-lists/{id}/items/{productId}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<PriceListView> price(@PathVariable long id, @PathVariable long productId, @RequestBody Price body)
			throws BindException {
		record Line(Long productId, BigDecimal price) {
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Line(productId, body.price()), "price");
		lists.price(id, productId, body.price(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(lists.one(id));
	}

	@DeleteMapping("/api/v1/price-lists/{id}/items/{productId}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<Void> removePrice(@PathVariable long id, @PathVariable long productId) {
		lists.removePrice(id, productId);
		return ResponseEntity.noContent().build();
	}

	/** The price each product takes for the customer on the day (today in the enterprise's zone by default). */
	@GetMapping("/api/v1/prices")
	@PreAuthorize(ProductPermissions.MAY_READ)
	List<PriceLists.AppliedPrice> prices(@RequestParam(required = false) Long customerId,
			@RequestParam List<Long> productIds, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
		LocalDate day = on == null ? LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)) : on;
		List<Long> asked = productIds.stream().distinct().limit(200).toList();
		return lists.applicable(customerId, asked, day).values().stream()
			.sorted(Comparator.comparing(PriceLists.AppliedPrice::productId)).toList();
	}

	private static ResponseEntity<PriceListView> found(PriceListView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
