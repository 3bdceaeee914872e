package org.hutong.sales.product;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.RecordNotFound;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A product's 图片: added from its page (a phone offers its camera), removed, and read back by
 * whoever may read the catalogue; another enterprise's photo is 404. A refused upload answers 422
 * on the product's page with the message by the picker.
 */
@Controller
@RequestMapping("/sales/products")
class ProductPhotoController {

	private final ProductPhotos photos;

	private final ProductSearch search;

	ProductPhotoController(ProductPhotos photos, ProductSearch search) {
		this.photos = photos;
		this.search = search;
	}

	/** What the upload form binds: only its files. */
	static final class Photos {

		private List<MultipartFile> photos = List.of();

		public List<MultipartFile> getPhotos() {
			return photos;
		}

		public void setPhotos(List<MultipartFile> photos) {
			this.photos = photos;
		}
	}

	@PostMapping("/{id}/photos")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String add(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> sent,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new BeanPropertyBindingResult(new Photos(), "upload");
		photos.add(id, sent == null ? List.of() : sent, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", errors);
			model.addAttribute("upload", errors.getTarget());
			model.addAttribute("product", search.one(id));
			model.addAttribute("photos", photos.of(id));
			return "sales/product/show";
		}
		redirect.addFlashAttribute("notice", "product.photos.saved");
		return "redirect:/sales/products/" + id;
	}

	@PostMapping("/{id}/photos/{photoId}/delete")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String remove(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
		photos.remove(id, photoId);
		redirect.addFlashAttribute("notice", "product.photos.removed");
		return "redirect:/sales/products/" + id;
	}

	@GetMapping("/photos/{photoId}")
	@PreAuthorize(ProductPermissions.MAY_READ)
	ResponseEntity<Resource> photo(@PathVariable long photoId, @RequestParam(defaultValue = "false") boolean thumbnail) {
		ProductPhoto photo = photos.find(photoId).orElseThrow(RecordNotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.getType().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(photo.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(photos.open(photo, thumbnail));
	}
}
