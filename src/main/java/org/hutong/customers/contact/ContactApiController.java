package org.hutong.customers.contact;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.UniqueKeys;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{id}/contacts} and {@code /api/v1/contacts/{id}}. Mobiles come masked
 * ({@code "masked": true}) to callers who neither own nor share the customer. A mobile already at
 * another customer answers 400 naming {@code errors.mobile}; a stale {@code If-Match} answers 409.
 */
@RestController
class ContactApiController {

	private final ContactManagement contacts;

	private final UniqueKeys uniqueKeys;

	ContactApiController(ContactManagement contacts, UniqueKeys uniqueKeys) {
		this.contacts = contacts;
		this.uniqueKeys = uniqueKeys;
	}

	@GetMapping("/api/v1/customers/{customerId}/contacts")
	@PreAuthorize(CustomerManagement.MAY_READ)
	List<ContactView> list(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId) {
		return contacts.list(me, customerId);
	}

	@PostMapping("/api/v1/customers/{customerId}/contacts")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<ContactView> create(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId,
			@Valid @RequestBody ContactForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = uniqueKeys.attempt(() -> contacts.create(me, customerId, form, errors), errors);
		if (id == null) {
			throw new BindException(errors);
		}
		ContactView view = contacts.get(me, id);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + id))
			.eTag(String.valueOf(view.version()))
			.body(view);
	}

	@GetMapping("/api/v1/contacts/{id}")
	@PreAuthorize(CustomerManagement.MAY_READ)
	ResponseEntity<ContactView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		ContactView view = contacts.get(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@PutMapping("/api/v1/contacts/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<ContactView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ContactForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		ContactForm versioned = form.withVersion(version == null ? contacts.get(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		uniqueKeys.attempt(() -> contacts.update(me, id, versioned, errors), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		ContactView view = contacts.get(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@DeleteMapping("/api/v1/contacts/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		contacts.delete(me, id);
		return ResponseEntity.noContent().build();
	}
}
