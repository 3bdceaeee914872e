package org.hutong.feed.image;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostFileRepository extends JpaRepository<PostFile, Long> {

	List<PostFile> findByPostIdInOrderByPostIdAscPositionAsc(Collection<Long> postIds);
}
