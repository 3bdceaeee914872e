package org.hutong.sales.quote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteRevisionRepository extends JpaRepository<QuoteRevision, Long> {

	List<QuoteRevision> findByQuoteIdOrderByRevisionDesc(long quoteId);

	Optional<QuoteRevision> findByQuoteIdAndRevision(long quoteId, int revision);
}
