package org.hutong.feed.comment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	Optional<Comment> findByIdAndDeletedAtIsNull(Long id);

	List<Comment> findByPostIdAndDeletedAtIsNullOrderByIdAsc(Long postId);

	List<Comment> findByParentIdAndDeletedAtIsNull(Long parentId);
}
