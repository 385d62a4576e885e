package cn.congress.nomination.publicity;

/**
 * An objection as submitted: which published name, what is reported (specific facts), an optional contact; the
 * channel is set by staff entering it (the public endpoint ignores it: always PUBLIC).
 */
public record ObjectionRequest(String memberId, String content, String contact, ObjectionChannel channel) {}
