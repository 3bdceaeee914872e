package org.hutong.sales.quote;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterheadRepository extends JpaRepository<Letterhead, Long> {

	/** The current enterprise's letterhead: the tenant filter leaves at most one. */
	Optional<Letterhead> findFirstByIdIsNotNull();
}
