package org.hutong.sales.tender;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenderDocumentRepository extends JpaRepository<TenderDocument, Long> {

	List<TenderDocument> findByTenderIdOrderByKindAscNameAscRevisionDesc(long tenderId);

	Optional<TenderDocument> findFirstByTenderIdAndKindAndNameOrderByRevisionDesc(long tenderId, DocumentKind kind,
			String name);

	Optional<TenderDocument> findByIdAndTenderId(long id, long tenderId);
}
