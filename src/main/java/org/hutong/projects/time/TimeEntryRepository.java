package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from TimeEntry e where e.id = :id")
	Optional<TimeEntry> lockById(long id);

	/** The hours one person logged on a day, leaving out one entry (the one being changed; 0: none). */
	@Query("select coalesce(sum(e.hours), 0) from TimeEntry e where e.userId = :userId and e.day = :day and e.id <> :except")
	BigDecimal dayTotal(long userId, LocalDate day, long except);

	/** One person's entries of a range of days, by day. */
	List<TimeEntry> findByUserIdAndDayBetweenOrderByDayAscIdAsc(long userId, LocalDate from, LocalDate to);

	/** A project's entries of a range of days, by day. */
	List<TimeEntry> findByProjectIdAndDayBetweenOrderByDayAscIdAsc(long projectId, LocalDate from, LocalDate to);
}
