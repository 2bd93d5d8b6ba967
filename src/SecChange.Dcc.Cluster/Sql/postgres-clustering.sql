-- Membership store of the DSP cluster for Orleans' ADO.NET clustering provider (Npgsql), written for this
-- project against the provider's contract: the provider reads its queries from OrleansQuery by key and
-- binds the named parameters below; it reads result columns by name and, for inserts and updates, one
-- integer that is 1 when the write happened and 0 when it did not (another silo's write came first).
-- Idempotent: run at every start, inside one transaction holding an advisory lock.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);

-- One row per cluster (DeploymentId): the version every membership write must name and bump.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL PRIMARY KEY,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0
);

-- One row per silo instance (address, port and generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('InsertMembershipVersionKey', $q$
WITH added AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM added;
$q$),

-- The version moves on only when the silo's row is new, so a refused insert changes nothing.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Timestamp = now(), Version = Version + 1
    WHERE DeploymentId = @DeploymentId AND Version = @Version AND Version < 2147483647
      AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable m
                      WHERE m.DeploymentId = @DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation)
    RETURNING 1),
added AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM added;
$q$),

('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Timestamp = now(), Version = Version + 1
    WHERE DeploymentId = @DeploymentId AND Version = @Version AND Version < 2147483647
      AND EXISTS (SELECT 1 FROM OrleansMembershipTable m
                  WHERE m.DeploymentId = @DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation)
    RETURNING 1),
changed AS (
    UPDATE OrleansMembershipTable m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = GREATEST(m.IAmAliveTime, @IAmAliveTime)
    WHERE m.DeploymentId = @DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
      AND EXISTS (SELECT 1 FROM bumped)
    RETURNING 1)
SELECT count(*)::integer FROM changed;
$q$),

('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable m
SET IAmAliveTime = GREATEST(m.IAmAliveTime, @IAmAliveTime)
WHERE m.DeploymentId = @DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation;
$q$),

-- The version row comes back even when the silo has no row yet.
('MembershipReadRowKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
  ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

-- Status 6 is Dead: only silos declared dead, not suspected since, and silent for long are removed.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = 6
  AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime
  AND COALESCE(SuspectTimes, '') = '';
$q$),

('CleanupDefunctSiloEntryKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = 6
  AND Address = @Address AND Port = @Port AND Generation = @Generation
  AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
  AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
