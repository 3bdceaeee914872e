package org.hutong.sales.product;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProductRepository extends JpaRepository<Product, Long>, JpaSpecificationExecutor<Product> {

	Optional<Product> findByIdAndDeletedAtIsNull(long id);

	Optional<Product> findByCodeAndDeletedAtIsNull(String code);

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

	boolean existsByCategoryId(long categoryId);
}
