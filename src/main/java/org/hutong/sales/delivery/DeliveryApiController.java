package org.hutong.sales.delivery;

import java.net.URI;
import java.util.HashMap;

import jakarta.validation.Valid;

import org.hutong.files.Upload;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A contract's deliveries and acceptances through the API: {@code GET /api/v1/contracts/{id}/fulfilment}
 * (lines shipped and open, deliveries, acceptances), {@code POST …/deliveries}, {@code POST
 * …/deliveries/{deliveryId}/arrival}, the signed receipt's photo ({@code POST} multipart and {@code GET}
 * {@code …/deliveries/{deliveryId}/photo}) and {@code POST …/acceptances}. Refused input answers 400
 * problem+json naming the field (a quantity over what is open names the line) or the reason.
 */
@RestController
class DeliveryApiController {

	private final DeliveryDetails details;

	private final DeliveryManagement management;

	private final DeliveryPhotos photos;

	DeliveryApiController(DeliveryDetails details, DeliveryManagement management, DeliveryPhotos photos) {
		this.details = details;
		this.management = management;
		this.photos = photos;
	}

	@GetMapping("/api/v1/contracts/{id}/fulfilment")
	@PreAuthorize(ContractPermissions.MAY_READ)
	FulfilmentView fulfilment(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/deliveries")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<FulfilmentView> ship(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody DeliveryForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "delivery");
		Long delivery = management.ship(me, id, form, errors);
		if (delivery == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/fulfilment")).body(details.of(me, id));
	}

	@PostMapping("/api/v1/contracts/{id}/deliveries/{deliveryId}/arrival")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	FulfilmentView arrived(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long deliveryId,
			@Valid @RequestBody ArrivalForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "arrival");
		management.arrived(me, deliveryId, form, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return details.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/acceptances")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<FulfilmentView> accept(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody AcceptanceForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "acceptance");
		if (management.accept(me, id, form, errors) == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/fulfilment")).body(details.of(me, id));
	}

	/** The signed receipt's photo of an arrived delivery (JPEG, PNG or WebP, field {@code photo}), replacing any earlier one. */
	@PostMapping(path = "/api/v1/contracts/{id}/deliveries/{deliveryId}/photo",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	FulfilmentView photograph(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long deliveryId, @RequestParam(required = false) MultipartFile photo) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "photo");
		Upload checked = photos.check(photo, errors);
		if (!errors.hasErrors()) {
			photos.photographed(me, id, deliveryId, checked, errors);
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return details.of(me, id);
	}

	@GetMapping("/api/v1/contracts/{id}/deliveries/{deliveryId}/photo")
	@PreAuthorize(ContractPermissions.MAY_READ)
	ResponseEntity<Resource> photo(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long deliveryId) {
		return DeliveryController.send(photos.photo(me, id, deliveryId, false));
	}
}
