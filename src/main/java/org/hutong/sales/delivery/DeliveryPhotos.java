package org.hutong.sales.delivery;

import java.util.EnumSet;
import java.util.List;

import org.hutong.files.FileStore;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.UploadCheck;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
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
 * The photo of a delivery's signed receipt (签收单), taken with the arrival or added to an arrived
 * delivery later: JPEG, PNG or WebP, cleaned like every uploaded picture (GPS position and camera
 * dropped, turned upright, a thumbnail when wide). A new photo replaces the one before, whose files
 * go once the change is committed. Seen by whoever may open the contract.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_WRITE)
public class DeliveryPhotos {

	private static final EnumSet<FileType> ALLOWED = EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP);

	private static final UploadCheck.Messages MESSAGES = new UploadCheck.Messages("delivery.photo.tooMany",
			"delivery.photo.tooLarge", "delivery.photo.forbidden");

	private final DeliveryRepository deliveries;

	private final DeliveryManagement management;

	private final ContractFulfilment contracts;

	private final DeliverySettings settings;

	private final FileStore store;

	DeliveryPhotos(DeliveryRepository deliveries, DeliveryManagement management, ContractFulfilment contracts,
			DeliverySettings settings) {
		this.deliveries = deliveries;
		this.management = management;
		this.contracts = contracts;
		this.settings = settings;
		this.store = new FileStore(settings.dir());
	}

	/** A photo to send: its type and bytes. */
	public record Photo(FileType type, Resource content) {
	}

	/**
	 * The photo checked and cleaned, ready to keep; null when none was given or it is refused — the
	 * reason then on field {@code photo} of {@code errors}.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public Upload check(MultipartFile photo, Errors errors) {
		if (photo == null || photo.isEmpty()) {
			return null;
		}
		List<Upload> uploads = new UploadCheck("photo", new UploadCheck.Limits(1, settings.maxPhotoSize(), ALLOWED),
				MESSAGES).check(List.of(photo), errors);
		return uploads.isEmpty() ? null : uploads.get(0);
	}

	/** 到货, with the signed receipt's photo when there is one ({@code photo} checked first); refusals in {@code errors}. */
	public void arrived(SignedInUser actor, long contractId, long deliveryId, ArrivalForm form, Upload photo,
			Errors errors) {
		management.arrived(actor, deliveryId, form, errors);
		Delivery delivery = deliveries.findById(deliveryId).filter(d -> d.getContractId() == contractId)
			.orElseThrow(RecordNotFound::new);
		if (!errors.hasErrors() && photo != null) {
			keep(delivery, photo);
		}
	}

	/** The photo of an arrived delivery, added later or taken again; refused before its arrival is recorded. */
	public void photographed(SignedInUser actor, long contractId, long deliveryId, Upload photo, Errors errors) {
		contracts.locked(actor, contractId);
		Delivery delivery = deliveries.findById(deliveryId).filter(d -> d.getContractId() == contractId)
			.orElseThrow(RecordNotFound::new);
		if (delivery.getArrivedOn() == null) {
			errors.reject("delivery.photo.notArrived");
		}
		if (photo == null && !errors.hasFieldErrors("photo")) {
			errors.rejectValue("photo", "delivery.photo.none");
		}
		if (!errors.hasErrors()) {
			keep(delivery, photo);
		}
	}

	/** The photo (or its thumbnail: the photo itself when it is small), if the user may open the contract. */
	@Transactional(readOnly = true)
	@PreAuthorize(ContractPermissions.MAY_READ)
	public Photo photo(SignedInUser user, long contractId, long deliveryId, boolean thumbnail) {
		contracts.readable(user, contractId);
		Delivery delivery = deliveries.findById(deliveryId)
			.filter(d -> d.getContractId() == contractId && d.getPhotoKey() != null).orElseThrow(RecordNotFound::new);
		boolean small = !thumbnail || delivery.getPhotoThumbnailKey() == null;
		Resource content = store.open(small ? delivery.getPhotoKey() : delivery.getPhotoThumbnailKey());
		if (!content.exists()) {
			throw new RecordNotFound();
		}
		FileType type = delivery.getPhotoType();
		return new Photo(!small && type == FileType.WEBP ? FileType.PNG : type, content);
	}

	private void keep(Delivery delivery, Upload photo) {
		long tenant = TenantContext.require();
		String key = store.store(tenant, photo.bytes());
		String thumbnail = photo.thumbnail() == null ? null : store.store(tenant, photo.thumbnail());
		String oldKey = delivery.getPhotoKey();
		String oldThumbnail = delivery.getPhotoThumbnailKey();
		delivery.photographed(key, thumbnail, photo.type());
		if (oldKey != null) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					store.discard(oldKey);
					if (oldThumbnail != null) {
						store.discard(oldThumbnail);
					}
				}
			});
		}
	}
}
