package org.hutong.sales.product;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductPhotoRepository extends JpaRepository<ProductPhoto, Long> {

	List<ProductPhoto> findByProductIdOrderByIdAsc(long productId);

	long countByProductId(long productId);
}
