package org.hutong.sales.product;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.RecordNotFound;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A product's photos: JPEG, PNG or WebP, checked and cleaned the way every module keeps uploads
 * (ADR 0034: recognised by their bytes, metadata such as a GPS position dropped, turned upright, a
 * thumbnail), at most {@link PhotoSettings#maxPhotos()} per product. Refusals go on field {@code photos}.
 */
@Service
@Transactional
public class ProductPhotos {

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("product.photos.tooMany",
			"product.photos.tooLarge", "product.photos.forbidden");

	private final ProductPhotoRepository photos;

	private final ProductRepository products;

	private final FileStore store;

	private final PhotoSettings settings;

	private final Clock clock;

	ProductPhotos(ProductPhotoRepository photos, ProductRepository products, PhotoSettings settings, Clock clock) {
		this.photos = photos;
		this.products = products;
		this.store = new FileStore(settings.dir());
		this.settings = settings;
		this.clock = clock;
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void add(long productId, List<MultipartFile> sent, Errors errors) {
		Product product = products.findByIdAndDeletedAtIsNull(productId).orElseThrow(RecordNotFound::new);
		int room = (int) Math.max(0, settings.maxPhotos() - photos.countByProductId(product.getId()));
		UploadCheck check = new UploadCheck("photos", new UploadCheck.Limits(room, settings.maxFileSize(),
				EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP)), MESSAGES);
		if (room == 0 && sent.stream().anyMatch(file -> !file.isEmpty())) {
			errors.rejectValue("photos", "product.photos.full", new Object[] { settings.maxPhotos() }, null);
			return;
		}
		List<Upload> uploads = check.check(sent, errors);
		if (errors.hasErrors()) {
			return;
		}
		long tenant = TenantContext.require();
		for (Upload upload : uploads) {
			String key = store.store(tenant, upload.bytes());
			String thumbnail = upload.thumbnail() == null ? null : store.store(tenant, upload.thumbnail());
			photos.save(new ProductPhoto(product.getId(), upload.fileName(), upload.type(), upload.bytes().length, key,
					thumbnail, clock.instant()));
		}
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void remove(long productId, long photoId) {
		ProductPhoto photo = photos.findById(photoId).filter(p -> p.getProductId() == productId)
			.orElseThrow(RecordNotFound::new);
		photos.delete(photo);
		// the bytes go once the row is gone for good: a rollback keeps both
		afterCommit(() -> {
			store.discard(photo.getStorageKey());
			if (photo.getThumbnailKey() != null) {
				store.discard(photo.getThumbnailKey());
			}
		});
	}

	private static void afterCommit(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public List<ProductPhoto> of(long productId) {
		return photos.findByProductIdOrderByIdAsc(productId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public Optional<ProductPhoto> find(long photoId) {
		return photos.findById(photoId);
	}

	public Resource open(ProductPhoto photo, boolean thumbnail) {
		return store.open(thumbnail && photo.getThumbnailKey() != null ? photo.getThumbnailKey() : photo.getStorageKey());
	}
}
