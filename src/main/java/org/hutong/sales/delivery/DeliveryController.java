package org.hutong.sales.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.files.Upload;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.EnterpriseZone;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发货 · 到货 · 验收 pages of a contract: the section its page loads, the form of a new delivery (each
 * open line proposed in full), the arrival form with the signed receipt's photo, the photo added later
 * and shown, and the acceptance form. A refused form answers 422 with what was typed and the reason
 * next to the field.
 */
@Controller
class DeliveryController {

	private final DeliveryDetails details;

	private final DeliveryManagement management;

	private final DeliveryPhotos photos;

	private final Clock clock;

	DeliveryController(DeliveryDetails details, DeliveryManagement management, DeliveryPhotos photos, Clock clock) {
		this.details = details;
		this.management = management;
		this.photos = photos;
		this.clock = clock;
	}

	/** The delivery form holds a list of nested records: built by their constructors only. */
	@InitBinder("delivery")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** The 发货与验收 section of the contract's page. */
	@GetMapping("/sales/contracts/{id}/fulfilment")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("fulfilment", details.of(me, id));
		return "sales/delivery/section";
	}

	@GetMapping("/sales/contracts/{id}/deliveries/new")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String newDelivery(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("delivery", details.proposal(me, id, LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT))));
		return form(me, id, model);
	}

	@PostMapping("/sales/contracts/{id}/deliveries")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String ship(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("delivery") DeliveryForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || management.ship(me, id, form, errors) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, id, model);
		}
		redirect.addFlashAttribute("notice", "delivery.shipped");
		return "redirect:/sales/contracts/" + id + "#fulfilment";
	}

	@PostMapping("/sales/contracts/{id}/deliveries/{deliveryId}/arrival")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String arrived(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long deliveryId,
			@Validated @ModelAttribute("arrival") ArrivalForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile photo, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		BindingResult photoErrors = new MapBindingResult(new HashMap<>(), "photo");
		Upload checked = photos.check(photo, photoErrors);
		if (photoErrors.hasErrors()) {
			return refused(me, id, photoErrors, model, response);
		}
		return step(me, id, errors, model, response, redirect, "delivery.arrived",
				refusals -> photos.arrived(me, id, deliveryId, form, checked, refusals));
	}

	/** The signed receipt's photo of an arrived delivery, added later or taken again. */
	@PostMapping("/sales/contracts/{id}/deliveries/{deliveryId}/photo")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String photograph(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long deliveryId,
			@RequestParam(required = false) MultipartFile photo, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "photo");
		Upload checked = photos.check(photo, errors);
		if (!errors.hasErrors()) {
			photos.photographed(me, id, deliveryId, checked, errors);
		}
		if (errors.hasErrors()) {
			return refused(me, id, errors, model, response);
		}
		redirect.addFlashAttribute("notice", "delivery.photo.saved");
		return "redirect:/sales/contracts/" + id + "#delivery-" + deliveryId;
	}

	@GetMapping({ "/sales/contracts/{id}/deliveries/{deliveryId}/photo",
			"/sales/contracts/{id}/deliveries/{deliveryId}/photo/thumbnail" })
	@PreAuthorize(ContractPermissions.MAY_READ)
	ResponseEntity<Resource> photo(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long deliveryId, HttpServletRequest request) {
		return send(photos.photo(me, id, deliveryId, request.getRequestURI().endsWith("/thumbnail")));
	}

	/** A photo shown in place, as the type it was stored as, never sniffed. */
	static ResponseEntity<Resource> send(DeliveryPhotos.Photo photo) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.type().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(photo.content());
	}

	@PostMapping("/sales/contracts/{id}/acceptances")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String accept(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("acceptance") AcceptanceForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, errors, model, response, redirect, "acceptance.recorded",
				checked -> management.accept(me, id, form, checked));
	}

	/** A photo refused: the contract's section on a page of its own with the reason next to the photo fields, 422. */
	private String refused(SignedInUser me, long id, BindingResult photoErrors, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "photo", photoErrors);
		model.addAttribute("fulfilment", details.of(me, id));
		return "sales/delivery/refused";
	}

	/** An arrival or an acceptance: refused, the contract's section on a page of its own with the reason, 422. */
	private String step(SignedInUser me, long id, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String done, Consumer<BindingResult> work) {
		if (!errors.hasErrors()) {
			work.accept(errors);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("fulfilment", details.of(me, id));
			return "sales/delivery/refused";
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/sales/contracts/" + id + "#fulfilment";
	}

	private String form(SignedInUser me, long id, Model model) {
		model.addAttribute("fulfilment", details.of(me, id));
		return "sales/delivery/form";
	}
}
