package org.hutong.shared;

import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.jpa.domain.Specification;

/**
 * Counts for {@link Total}, never by reading a whole match set on a page view. {@link #upTo} reads at
 * most {@code cap + 1} ids (the database counts them: {@code select count(*) from (select id … fetch
 * first n rows)}, so one number crosses the wire). {@link #size} is a list's size for estimates,
 * counted up to {@link #SIZE_CAP} and kept on this node for {@link #KEPT}: an estimate may lag the
 * table by that long, and each node counts for itself, so nothing waits on another node and no
 * counter row is written on create.
 *
 * @param <T> the entity counted; its id attribute is {@code id}
 */
public class CappedCount<T> {

	/** Beyond this many rows a list's size is not worth its count: an estimate then says about 100,000. */
	public static final int SIZE_CAP = 100_000;

	public static final Duration KEPT = Duration.ofMinutes(1);

	private final EntityManager entities;

	private final Class<T> type;

	private final Cache<String, Long> sizes = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();

	public CappedCount(EntityManager entities, Class<T> type) {
		this.entities = entities;
		this.type = type;
	}

	/** The number of matches, or {@code cap + 1} when there are more than {@code cap}. */
	public long upTo(Specification<T> matching, int cap) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entities.getCriteriaBuilder();
		JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
		JpaSubQuery<Long> ids = count.subquery(Long.class);
		Root<T> root = ids.from(type);
		Predicate where = matching.toPredicate(root, count, cb);
		Path<Long> id = root.get("id");
		id.alias("id"); // a subquery in FROM needs named columns
		ids.select(id);
		if (where != null) {
			ids.where(where);
		}
		ids.fetch(cap + 1);
		count.from(ids);
		count.select(cb.count());
		return entities.createQuery(count).getSingleResult();
	}

	/**
	 * The size of the list {@code key} names (it must name the tenant, the viewer and every condition),
	 * counted at most once per {@link #KEPT} on this node.
	 */
	public long size(String key, Specification<T> list) {
		return sizes.get(key, ignored -> Math.min(upTo(list, SIZE_CAP), SIZE_CAP));
	}
}
